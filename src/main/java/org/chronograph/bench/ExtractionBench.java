package org.chronograph.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.chronograph.ChronographException;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.ExtractionJson;
import org.chronograph.extract.Extractor;
import org.chronograph.extract.NlpPipelines;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;

/**
 * Extraction speed on synthetic articles, in one JVM: the full extraction against the raw CoreNLP annotation it
 * runs on (same texts, same annotators and properties, after a warm-up pass; the two are timed article by article,
 * in alternating order, so that other load on the machine hits both alike), and extraction on all threads against
 * one thread (each run twice, in the order 1, all, all, 1, the faster of each pair counted), checking that every
 * run gives the same facts.
 */
final class ExtractionBench {
    /**
     * @param tokens         tokens in the texts (as CoreNLP counts them)
     * @param pipelineTps    full extraction, tokens per second, one thread
     * @param rawTps         raw CoreNLP annotation, tokens per second, one thread
     * @param overheadRatio  time of the full extraction over time of the raw annotation
     * @param threads        threads of the parallel run
     * @param speedup        time on one thread over time on {@code threads} threads
     * @param identical      whether both runs gave the same extractions
     */
    record Figures(long tokens, double pipelineTps, double rawTps, double overheadRatio, int threads, double speedup,
                   boolean identical) {
    }

    private ExtractionBench() {
    }

    static Figures run(int count, long seed, int threads, Consumer<String> log) {
        List<Article> articles = articles(count, seed);
        log.accept("extraction: loading CoreNLP models");
        Extractor extractor = new Extractor();
        Map<String, StanfordCoreNLP> raw = new LinkedHashMap<>();
        for (Article a : articles) {
            raw.computeIfAbsent(a.lang(), lang -> new StanfordCoreNLP(NlpPipelines.properties(lang)));
        }
        extractor.warmUp(raw.keySet());

        log.accept("extraction: warm-up pass over " + articles.size() + " articles");
        for (Article a : articles) {
            raw.get(a.lang()).annotate(new CoreDocument(a.body().text()));
            extractor.extract(a);
        }

        log.accept("extraction: raw CoreNLP against full extraction, one thread");
        long tokens = 0;
        long rawNanos = 0;
        long pipelineNanos = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            for (int step = 0; step < 2; step++) {
                boolean rawTurn = (step == 0) == (i % 2 == 0);
                long started = System.nanoTime();
                if (rawTurn) {
                    CoreDocument doc = new CoreDocument(a.body().text());
                    raw.get(a.lang()).annotate(doc);
                    rawNanos += System.nanoTime() - started;
                    tokens += doc.tokens().size();
                } else {
                    extractor.extract(a);
                    pipelineNanos += System.nanoTime() - started;
                }
            }
        }

        log.accept("extraction: 1 thread against " + threads + " threads, twice each (1, " + threads + ", " + threads + ", 1)");
        List<String> single = new ArrayList<>();
        List<String> parallel = new ArrayList<>();
        long oneThread = time(() -> extractAll(extractor, articles, 1, single));
        long allThreads = time(() -> extractAll(extractor, articles, threads, parallel));
        List<String> again = new ArrayList<>();
        allThreads = Math.min(allThreads, time(() -> extractAll(extractor, articles, threads, again)));
        boolean identical = parallel.equals(again);
        again.clear();
        oneThread = Math.min(oneThread, time(() -> extractAll(extractor, articles, 1, again)));
        identical &= single.equals(again) && single.equals(parallel);

        return new Figures(tokens, tokens / (pipelineNanos / 1e9), tokens / (rawNanos / 1e9),
                (double) pipelineNanos / rawNanos, threads, (double) oneThread / allThreads, identical);
    }

    /** The synthetic articles, read by the real reader. */
    static List<Article> articles(int count, long seed) {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (SyntheticCorpus.Document d : new SyntheticCorpus(count, seed).documents()) {
            reader.read(d.fileName(), d.markdown().getBytes(StandardCharsets.UTF_8))
                    .forEach(r -> articles.add(r.asArticle().orElseThrow(() -> new ChronographException("cannot read " + d.fileName()))));
        }
        return articles;
    }

    private static void extractAll(Extractor extractor, List<Article> articles, int threads, List<String> out) {
        new CorpusExtraction(extractor, threads).run(articles.stream().map(a -> (ReadResult) new ReadResult.Ok(a)), outcome -> {
            switch (outcome) {
                case CorpusExtraction.Extracted x -> out.add(ExtractionJson.toLine(x.extraction()));
                case CorpusExtraction.Failed f -> out.add("failed: " + f);
            }
        });
    }

    private static long time(Runnable run) {
        long started = System.nanoTime();
        run.run();
        return System.nanoTime() - started;
    }
}
