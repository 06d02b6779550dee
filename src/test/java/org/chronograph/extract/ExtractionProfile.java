package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;

/**
 * Where extraction's time goes on real articles, per language, one thread, warm: CoreNLP's stages one by one (tokens
 * and tags, each NER model, the parse of every sentence), the extraction as it runs, and which part of the extraction
 * makes it parse which sentences. A tool, not a test: {@code java -cp target/classes:target/test-classes:target/lib/*
 * org.chronograph.extract.ExtractionProfile [DIR...]} (default: ../shared/corpus/dev and pool).
 */
public final class ExtractionProfile {
    private static final boolean QUICK = Boolean.getBoolean("profile.quick");

    private ExtractionProfile() {
    }

    /**
     * The articles of the directories a profiling tool is given ({@code args}; default ../shared/corpus/dev and pool),
     * those of a language extraction supports and with a body, by language.
     */
    static Map<String, List<Article>> articlesByLanguage(String[] args) {
        List<Path> dirs = new ArrayList<>();
        for (String a : args) dirs.add(Path.of(a));
        if (dirs.isEmpty()) dirs = List.of(Path.of("../shared/corpus/dev"), Path.of("../shared/corpus/pool"));
        Map<String, List<Article>> byLang = new TreeMap<>();
        new ArticleReader().readAll(dirs).forEach(r -> r.asArticle()
                .filter(a -> NlpPipelines.supports(a.lang()) && !a.body().text().isBlank())
                .ifPresent(a -> byLang.computeIfAbsent(a.lang(), k -> new ArrayList<>()).add(a)));
        return byLang;
    }

    public static void main(String[] args) {
        Map<String, List<Article>> byLang = articlesByLanguage(args);
        String only = System.getProperty("profile.lang");
        for (var e : byLang.entrySet()) {
            if (only != null && !only.equals(e.getKey())) continue;
            language(e.getKey(), e.getValue());
            StanfordCoreNLP.clearAnnotatorPool();
        }
    }

    private static void language(String lang, List<Article> articles) {
        Properties full = NlpPipelines.properties(lang);
        String base = lang.equals("fr") ? "tokenize,ssplit,mwt,pos" : "tokenize,ssplit,pos,lemma";
        StanfordCoreNLP tagging = pipeline(full, base, true);
        Map<String, StanfordCoreNLP> ners = new LinkedHashMap<>();
        ners.put("ner (as extraction runs it)", pipeline(full, "ner", false));
        String models = full.getProperty("ner.model");
        if (models == null && lang.equals("en")) {
            models = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                    + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz,"
                    + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
        }
        if (models != null && models.contains(",")) {
            for (String m : models.split(",")) {
                Properties p = new Properties();
                p.putAll(full);
                p.setProperty("ner.model", m.strip());
                ners.put("ner " + m.substring(m.lastIndexOf('/') + 1), pipeline(p, "ner", false));
            }
            Properties p = new Properties();
            p.putAll(full);
            p.setProperty("ner.model", models.replace("edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz,", ""));
            ners.put("ner without MUC", pipeline(p, "ner", false));
            p = new Properties();
            p.putAll(full);
            p.setProperty("ner.buildEntityMentions", "false");
            ners.put("ner, no entity mentions", pipeline(p, "ner", false));
        }
        SentenceParser parser = new SentenceParser(full);
        StanfordCoreNLP raw = new StanfordCoreNLP(full);
        long[] tokens = {0};
        Map<String, Long> nanos = new LinkedHashMap<>();
        Map<String, long[]> forcedBy = new TreeMap<>();
        Consumer<CoreMap> watcher = watcher(forcedBy);
        Extractor extractor = Extractor.observed(new ParseObserver() {
            @Override
            public void parsing(CoreMap sentence) {
                watcher.accept(sentence);
            }

            @Override
            public void liveRules(List<EventRules.Rule> live) {
                live.forEach(r -> forcedBy.computeIfAbsent("  rule live on an unparsed sentence: " + r.name(), k -> new long[2])[0]++);
            }
        });
        extractor.warmUp(List.of(lang));

        Extraction.Work[] work = {Extraction.Work.NONE};
        for (int pass = 0; pass < 2; pass++) {
            boolean timed = pass == 1;
            nanos.clear();
            forcedBy.clear();
            tokens[0] = 0;
            work[0] = Extraction.Work.NONE;
            for (Article a : articles) {
                String text = a.body().text();
                CoreDocument doc = new CoreDocument(text);
                add(nanos, "1 tokenize, ssplit, (mwt,) pos, (lemma)", () -> tagging.annotate(doc));
                tokens[0] += doc.tokens().size();
                for (var n : ners.entrySet()) {
                    if (QUICK) break;
                    CoreDocument copy = new CoreDocument(text);
                    tagging.annotate(copy);
                    add(nanos, "2 " + n.getKey(), () -> n.getValue().annotate(copy));
                    if (n.getKey().startsWith("ner (")) {
                        add(nanos, "3 depparse of every sentence (basic only)", () -> {
                            for (CoreSentence s : copy.sentences()) {
                                if (s.tokens().size() <= 120) parser.parse(s.coreMap());
                            }
                        });
                    }
                }
                add(nanos, "4 raw CoreNLP (full run)", () -> raw.annotate(new CoreDocument(text)));
                add(nanos, "5 extraction", () -> work[0] = work[0].plus(extractor.extract(a).work()));
            }
        }
        System.out.printf("%n== %s: %d articles, %d tokens, one thread, warm (second pass)%n", lang, articles.size(), tokens[0]);
        long rawNanos = nanos.get("4 raw CoreNLP (full run)");
        for (var n : nanos.entrySet()) {
            System.out.printf("%-58s %8.1f s %8.1f us/token %6.1f %% of raw%n", n.getKey(), n.getValue() / 1e9,
                    n.getValue() / 1e3 / tokens[0], 100.0 * n.getValue() / rawNanos);
        }
        Extraction.Work w = work[0];
        System.out.printf("extraction parsed %d of %d sentences, %d of %d tokens (%.1f %%); ratio extraction/raw %.2f%n",
                w.parsedSentences(), w.sentences(), w.parsedTokens(), w.tokens(), 100.0 * w.parsedTokens() / w.tokens(),
                (double) rawNanos / nanos.get("5 extraction"));
        System.out.println("first reader of the parse (sentences, tokens, share of all tokens):");
        forcedBy.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
                .forEach(f -> System.out.printf("  %-100s %5d %7d %5.1f %%%n", f.getKey(), f.getValue()[0], f.getValue()[1],
                        100.0 * f.getValue()[1] / w.tokens()));
    }

    private static Consumer<CoreMap> watcher(Map<String, long[]> forcedBy) {
        return sentence -> {
            List<String> frames = StackWalker.getInstance().walk(s -> s
                    .filter(f -> f.getClassName().startsWith("org.chronograph")
                            && !f.getClassName().startsWith("org.chronograph.extract.NlpPipelines")
                            && !f.getClassName().equals("org.chronograph.extract.Parse")
                            && !f.getClassName().equals("org.chronograph.extract.AnalyzedSentence")
                            && !f.getClassName().contains("ExtractionProfile"))
                    .limit(3)
                    .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                    .toList());
            long[] c = forcedBy.computeIfAbsent(String.join(" < ", frames), k -> new long[2]);
            c[0]++;
            c[1] += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        };
    }

    private static StanfordCoreNLP pipeline(Properties full, String annotators, boolean enforce) {
        Properties p = new Properties();
        p.putAll(full);
        p.setProperty("annotators", annotators);
        if (!enforce) p.setProperty("enforceRequirements", "false");
        return new StanfordCoreNLP(p);
    }

    private static void add(Map<String, Long> nanos, String key, Runnable run) {
        long started = System.nanoTime();
        run.run();
        nanos.merge(key, System.nanoTime() - started, Long::sum);
    }
}
