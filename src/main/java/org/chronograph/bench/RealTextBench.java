package org.chronograph.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.chronograph.ChronographException;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.ExtractionJson;
import org.chronograph.extract.Extractor;
import org.chronograph.extract.NlpPipelines;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;

/**
 * Extraction speed on real articles, English and French apart, in one JVM on the same texts: the extraction
 * against raw CoreNLP running the same annotators on every sentence (as extraction did before it parsed on
 * demand), then against CoreNLP's own default properties for those annotators. Each comparison has a warm-up pass
 * of both, then each article is timed with both in turn, the first to go changing from one article to the next, so
 * that other load on the machine hits them alike; after the first, extraction and raw CoreNLP on several threads
 * (the articles shared among them; {@link #PARALLEL_PASSES} passes of each in the order raw, extraction,
 * extraction, raw, ..., the fastest of each counted),
 * checking the threaded extraction gives the facts of the one-thread one. Tokens are counted as raw CoreNLP counts
 * them. The extraction's figure is the one timed beside raw CoreNLP.
 */
final class RealTextBench {
    /** Timed passes of each side on several threads (the fastest counted). */
    static final int PARALLEL_PASSES = 4;

    /** The real articles the benchmark reads when none are given: the shared corpus beside the project. */
    static final List<Path> DEFAULT_TEXTS = List.of(Path.of("../shared/corpus/dev"), Path.of("../shared/corpus/pool"));

    /**
     * Figures of one language.
     *
     * @param articles          articles read
     * @param tokens            their tokens, as CoreNLP counts them
     * @param extractionTps     extraction, tokens per second, one thread
     * @param rawTps            the same annotators on every sentence, one thread
     * @param defaultTps        CoreNLP's default properties for those annotators, one thread
     * @param threads           threads of the parallel runs
     * @param parallelExtractionTps extraction on {@code threads} threads
     * @param parallelRawTps    raw CoreNLP on {@code threads} threads
     * @param parsedShare       share of the tokens in sentences the extraction parsed
     * @param identical         whether the threaded extraction gave the facts of the one-thread one
     * @param cpuRatio          raw CoreNLP's CPU time over extraction's, one thread, same passes (the ratio other load
     *                          on the machine disturbs least: it counts only the time the timed thread ran)
     * @param parallelCpuRatio  raw CoreNLP's CPU time over extraction's on {@code threads} threads: the process's CPU
     *                          time in a pass (every thread of the JVM, its collector's too), the least of each side's
     *                          passes; what a loaded machine disturbs least, as {@code cpuRatio} is for one thread
     */
    record Language(int articles, long tokens, double extractionTps, double rawTps, double defaultTps, int threads,
                    double parallelExtractionTps, double parallelRawTps, double parsedShare, boolean identical,
                    double cpuRatio, double parallelCpuRatio) {
        /** Extraction over raw CoreNLP, one thread. */
        double ratio() {
            return extractionTps / rawTps;
        }

        /** Extraction over raw CoreNLP, both on {@code threads} threads. */
        double parallelRatio() {
            return parallelExtractionTps / parallelRawTps;
        }
    }

    /** Figures by language ("en", "fr"), and the folders read. */
    record Figures(List<Path> texts, int rounds, Map<String, Language> byLanguage) {
    }

    private RealTextBench() {
    }

    /** The default folders that exist; empty when the shared corpus is not beside the project. */
    static List<Path> defaultTexts() {
        return DEFAULT_TEXTS.stream().filter(Files::isDirectory).toList();
    }

    /**
     * Runs the benchmark over the English and French articles in {@code texts}.
     *
     * @param rounds  timed passes over the texts (after one warm-up pass)
     * @param threads threads of the parallel runs
     */
    static Figures run(List<Path> texts, int rounds, int threads, Consumer<String> log) {
        Map<String, List<Article>> byLang = new LinkedHashMap<>();
        for (ReadResult r : new ArticleReader().readAll(texts)) {
            r.asArticle().filter(a -> Extractor.fullySupports(a.lang()) && !a.body().text().isBlank())
                    .ifPresent(a -> byLang.computeIfAbsent(a.lang(), k -> new ArrayList<>()).add(a));
        }
        if (byLang.isEmpty()) throw new ChronographException("no English or French articles in " + texts);
        log.accept("real articles: " + byLang.entrySet().stream().map(e -> e.getValue().size() + " " + e.getKey()).toList()
                + " from " + texts + "; loading CoreNLP models");
        Map<String, Language> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Article>> e : byLang.entrySet()) {
            // one extractor per language, dropped after it: one language's models at a time beside CoreNLP's defaults
            // (English's defaults, SUTime and the fine-grained NER included, filled a 3 GB heap beside both languages)
            Extractor extractor = new Extractor();
            extractor.warmUp(List.of(e.getKey()));
            out.put(e.getKey(), language(e.getKey(), e.getValue(), extractor, rounds, threads, log));
            StanfordCoreNLP.clearAnnotatorPool();
        }
        return new Figures(texts, rounds, out);
    }

    private static Language language(String lang, List<Article> articles, Extractor extractor, int rounds, int threads,
                                     Consumer<String> log) {
        // two phases, so that at most two sets of models are in memory: extraction against raw CoreNLP (one thread,
        // then several), then extraction against CoreNLP's defaults; the raw pipeline is unreachable once its phase
        // returns, so the defaults' models (English: three CRF models, SUTime, the fine-grained NER) load into its room
        AgainstRaw r = againstRaw(lang, articles, extractor, rounds, threads, log);
        StanfordCoreNLP defaults = new StanfordCoreNLP(NlpPipelines.coreNlpDefaults(lang));
        long[] againstDefaults = interleaved(lang, "CoreNLP defaults", articles, rounds, log, a -> {
            extractor.extract(a);
            return () -> { };
        }, a -> {
            defaults.annotate(new CoreDocument(a.body().text()));
            return () -> { };
        });
        StanfordCoreNLP.clearAnnotatorPool();
        long timed = r.tokens() * rounds;
        return new Language(articles.size(), r.tokens(), timed / (r.nanos()[0] / 1e9), timed / (r.nanos()[1] / 1e9),
                timed / (againstDefaults[1] / 1e9), threads, r.tokens() / (r.extractionParallel() / 1e9),
                r.tokens() / (r.rawParallel() / 1e9), r.work().tokens() == 0 ? 0 : (double) r.work().parsedTokens() / r.work().tokens(),
                r.identical(), (double) r.nanos()[3] / r.nanos()[2], (double) r.rawParallelCpu() / r.extractionParallelCpu());
    }

    /** What the phase against raw CoreNLP measured: tokens, the {@link #interleaved} nanoseconds, the threaded runs. */
    private record AgainstRaw(long tokens, long[] nanos, long rawParallel, long extractionParallel, Extraction.Work work,
                              boolean identical, long rawParallelCpu, long extractionParallelCpu) {
    }

    private static AgainstRaw againstRaw(String lang, List<Article> articles, Extractor extractor, int rounds, int threads,
                                         Consumer<String> log) {
        long[] tokens = {0};
        Extraction.Work[] work = {Extraction.Work.NONE};
        StanfordCoreNLP raw = new StanfordCoreNLP(NlpPipelines.properties(lang));
        long[] againstRaw = interleaved(lang, "raw CoreNLP", articles, rounds, log, a -> {
            Extraction x = extractor.extract(a);
            return () -> work[0] = work[0].plus(x.work());
        }, a -> {
            CoreDocument doc = new CoreDocument(a.body().text());
            raw.annotate(doc);
            return () -> tokens[0] += doc.tokens().size();
        });

        // one pass over a few articles on two threads is at the mercy of how they fall on the threads and of the
        // machine's moment: PARALLEL_PASSES passes of each, in ABBA order, the fastest of each counted
        log.accept(lang + ": raw CoreNLP and extraction on " + threads + " threads, " + PARALLEL_PASSES
                + " passes each (raw, extraction, extraction, raw, ...)");
        long rawParallel = Long.MAX_VALUE;
        long extractionParallel = Long.MAX_VALUE;
        long rawParallelCpu = Long.MAX_VALUE;
        long extractionParallelCpu = Long.MAX_VALUE;
        List<List<String>> outputs = new ArrayList<>();
        for (int pass = 0; pass < 2 * PARALLEL_PASSES; pass++) {
            boolean rawTurn = pass % 4 == 0 || pass % 4 == 3;
            long cpuStarted = processCpuNanos();
            if (rawTurn) {
                rawParallel = Math.min(rawParallel, time(() -> parallel(articles, threads, a -> raw.annotate(new CoreDocument(a.body().text())))));
                rawParallelCpu = Math.min(rawParallelCpu, processCpuNanos() - cpuStarted);
            } else {
                List<String> out = new ArrayList<>();
                extractionParallel = Math.min(extractionParallel, time(() -> extractAll(extractor, articles, threads, out)));
                extractionParallelCpu = Math.min(extractionParallelCpu, processCpuNanos() - cpuStarted);
                outputs.add(out);
            }
        }
        List<String> single = new ArrayList<>();
        extractAll(extractor, articles, 1, single);
        boolean identical = outputs.stream().allMatch(single::equals);
        // the raw pipeline's models go with it (the extractor keeps its own)
        StanfordCoreNLP.clearAnnotatorPool();
        return new AgainstRaw(tokens[0], againstRaw, rawParallel, extractionParallel, work[0], identical, rawParallelCpu,
                extractionParallelCpu);
    }

    /** The CPU time of this JVM so far, every thread's; -1 where the platform does not tell it. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * A warm-up pass of both, then {@code rounds} timed passes, each article run by both in turn, the first to go
     * changing from one article to the next; the nanoseconds of each. What each run returns is run (to count) in the
     * first timed round only. Returns the wall-clock nanoseconds of extraction and of the other, then the CPU
     * nanoseconds of this thread in each.
     */
    private static long[] interleaved(String lang, String other, List<Article> articles, int rounds, Consumer<String> log,
                                      java.util.function.Function<Article, Runnable> extraction,
                                      java.util.function.Function<Article, Runnable> baseline) {
        log.accept(lang + ": warm-up pass, extraction and " + other + ", " + articles.size() + " articles");
        for (Article a : articles) {
            extraction.apply(a);
            baseline.apply(a);
        }
        long[] nanos = new long[4];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            log.accept(lang + ": timed pass " + round + " of " + rounds + ", extraction and " + other + " in turn on each article");
            for (int i = 0; i < articles.size(); i++) {
                for (int step = 0; step < 2; step++) {
                    int kind = (i + round + step) % 2;
                    long started = System.nanoTime();
                    long cpuStarted = cpu.getCurrentThreadCpuTime();
                    Runnable count = (kind == 0 ? extraction : baseline).apply(articles.get(i));
                    nanos[kind] += System.nanoTime() - started;
                    nanos[2 + kind] += cpu.getCurrentThreadCpuTime() - cpuStarted;
                    if (round == 1) count.run();
                }
            }
        }
        return nanos;
    }

    private static void extractAll(Extractor extractor, List<Article> articles, int threads, List<String> out) {
        new CorpusExtraction(extractor, threads).run(articles.stream().map(a -> (ReadResult) new ReadResult.Ok(a)), outcome -> {
            switch (outcome) {
                case CorpusExtraction.Extracted x -> out.add(ExtractionJson.toLine(x.extraction()));
                case CorpusExtraction.Failed f -> out.add("failed: " + f);
            }
        });
    }

    /** Runs {@code work} on every article, {@code threads} at a time. */
    private static void parallel(List<Article> articles, int threads, Consumer<Article> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) futures.add(pool.submit(() -> work.accept(a)));
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChronographException("interrupted", e);
        } catch (ExecutionException e) {
            throw new ChronographException("raw CoreNLP failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long time(Runnable run) {
        long started = System.nanoTime();
        run.run();
        return System.nanoTime() - started;
    }
}
