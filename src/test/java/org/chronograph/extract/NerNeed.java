package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;

/**
 * How many sentences {@link NerGate} lets go without the NER models, and whether the models would have tagged a
 * name in any of them, on real articles. A tool: {@code java -cp ... org.chronograph.extract.NerNeed LANG [DIR...]}.
 */
public final class NerNeed {
    private NerNeed() {
    }

    public static void main(String[] args) {
        String lang = args[0];
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) dirs.add(Path.of(args[i]));
        if (dirs.isEmpty()) dirs = List.of(Path.of("../shared/corpus/seed"), Path.of("../shared/corpus/dev"), Path.of("../shared/corpus/pool"));
        Properties p = NlpPipelines.extractionProperties(lang);
        p.setProperty("annotators", NlpPipelines.ANNOTATORS.get(lang).replace(",depparse", ""));
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        Properties tagOnly = NlpPipelines.extractionProperties(lang);
        tagOnly.setProperty("annotators", NlpPipelines.ANNOTATORS.get(lang).replace(",depparse", "").replace(",ner", ""));
        StanfordCoreNLP tagging = new StanfordCoreNLP(tagOnly);
        Properties nerOnly = NlpPipelines.extractionProperties(lang);
        nerOnly.setProperty("annotators", "ner");
        nerOnly.setProperty("enforceRequirements", "false");
        StanfordCoreNLP ner = new StanfordCoreNLP(nerOnly);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nerCpu = new long[2];
        long sentences = 0, tokens = 0, skipped = 0, skippedTokens = 0, missed = 0;
        List<Article> articles = new ArrayList<>();
        new ArticleReader().readAll(dirs).forEach(r -> r.asArticle().filter(a -> a.lang().equals(lang)).ifPresent(articles::add));
        for (Article a : articles) {
            CoreDocument doc = new CoreDocument(a.body().text());
            nlp.annotate(doc);
            // NER's CPU time on every sentence and on those the gate keeps, in turn (after a first article's warm-up)
            for (int pass = 0; pass < 2; pass++) {
                for (int gated = 0; gated < 2; gated++) {
                    edu.stanford.nlp.pipeline.Annotation copy = new edu.stanford.nlp.pipeline.Annotation(a.body().text());
                    tagging.annotate(copy);
                    List<edu.stanford.nlp.util.CoreMap> kept = new ArrayList<>();
                    List<CoreLabel> keptTokens = new ArrayList<>();
                    for (var s : copy.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class)) {
                        var t = s.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
                        if (gated == 0 || NerGate.needsNer(t)) {
                            kept.add(s);
                            keptTokens.addAll(t);
                        }
                    }
                    copy.set(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class, kept);
                    copy.set(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class, keptTokens);
                    long started = cpu.getCurrentThreadCpuTime();
                    ner.annotate(copy);
                    if (pass == 1) nerCpu[gated] += cpu.getCurrentThreadCpuTime() - started;
                }
            }
            for (CoreSentence s : doc.sentences()) {
                List<CoreLabel> t = s.tokens();
                sentences++;
                tokens += t.size();
                if (NerGate.needsNer(t)) continue;
                skipped++;
                skippedTokens += t.size();
                if (t.stream().anyMatch(x -> x.ner() != null && !x.ner().equals("O"))) {
                    missed++;
                    System.out.println("MISSED: " + String.join(" ", t.stream().map(x -> x.word() + "/" + x.tag() + "/" + x.ner()).toList()));
                }
            }
        }
        System.out.printf("%s: %d sentences %d tokens; without NER %d sentences (%.3f) %d tokens (%.3f); names the models would tag there: %d sentences%n",
                lang, sentences, tokens, skipped, (double) skipped / sentences, skippedTokens, (double) skippedTokens / tokens, missed);
        System.out.printf("%s: NER CPU time on every sentence %.2f s, on the sentences the gate keeps %.2f s (%.1f %% less)%n", lang,
                nerCpu[0] / 1e9, nerCpu[1] / 1e9, 100.0 * (nerCpu[0] - nerCpu[1]) / nerCpu[0]);
    }
}
