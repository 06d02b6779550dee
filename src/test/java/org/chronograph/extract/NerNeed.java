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
        long sentences = 0, tokens = 0, skipped = 0, skippedTokens = 0, missed = 0;
        List<Article> articles = new ArrayList<>();
        new ArticleReader().readAll(dirs).forEach(r -> r.asArticle().filter(a -> a.lang().equals(lang)).ifPresent(articles::add));
        for (Article a : articles) {
            CoreDocument doc = new CoreDocument(a.body().text());
            nlp.annotate(doc);
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
    }
}
