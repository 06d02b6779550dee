package org.chronograph.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.query.GraphStats;

/**
 * The benchmark: extraction speed on real articles (against raw CoreNLP and CoreNLP's defaults, English and French
 * apart) and on synthetic ones (full pipeline against raw CoreNLP, all threads against one), loading speed
 * (the loader against plain UNWIND statements) and query latency on the loaded graph, with the peak heap, measured
 * side by side in one run and reported as a table and one JSON object.
 */
public final class Benchmark {
    /**
     * What to run.
     *
     * @param events   events of the synthetic graph to load and query; 0 skips loading and queries
     * @param articles synthetic articles to extract; 0 skips extraction of synthetic articles
     * @param seed     random seed of the synthetic data and of the query parameters
     * @param threads  threads of the parallel extraction
     * @param samples  timed queries of each kind (at least 200 for the published figures)
     * @param work     directory for the two databases (created; they are deleted unless {@code keep})
     * @param keep     keep the databases
     * @param texts    folders of real articles to extract (English and French); empty skips that part
     * @param rounds   timed passes over the real articles
     * @param graph    an embedded database to time the queries on instead of a synthetic graph loaded for the purpose
     *                 (loading is then not timed), or {@code null}
     */
    public record Settings(long events, int articles, long seed, int threads, int samples, Path work, boolean keep,
                           List<Path> texts, int rounds, Path graph) {
        public Settings {
            if (events < 0 || articles < 0 || threads < 1 || samples < 1 || rounds < 1) {
                throw new ChronographException("the benchmark needs at least 1 thread, 1 query sample and 1 round, "
                        + "and no negative counts");
            }
            texts = List.copyOf(texts);
        }

        /** Settings without real articles. */
        public Settings(long events, int articles, long seed, int threads, int samples, Path work, boolean keep) {
            this(events, articles, seed, threads, samples, work, keep, List.of(), 1, null);
        }

        /** Settings that load a synthetic graph to query. */
        public Settings(long events, int articles, long seed, int threads, int samples, Path work, boolean keep,
                        List<Path> texts, int rounds) {
            this(events, articles, seed, threads, samples, work, keep, texts, rounds, null);
        }
    }

    private Benchmark() {
    }

    /** Runs the benchmark; {@code log} hears what it is doing. */
    public static BenchReport run(Settings settings, Consumer<String> log) {
        String loadBefore = MachineInfo.loadAverage();
        try (HeapWatch heap = HeapWatch.start()) {
            RealTextBench.Figures real = null;
            if (!settings.texts().isEmpty()) {
                heap.phase("real articles");
                real = RealTextBench.run(settings.texts(), settings.rounds(), settings.threads(), log);
            }
            ExtractionBench.Figures extraction = null;
            if (settings.articles() > 0) {
                heap.phase("extraction");
                extraction = ExtractionBench.run(settings.articles(), settings.seed(), settings.threads(), log);
            }
            // the models are not needed any more: let the graph phases have the heap
            StanfordCoreNLP.clearAnnotatorPool();
            if (settings.graph() != null) {
                if (!Files.isDirectory(settings.graph().resolve("data").resolve("databases"))) {
                    throw new ChronographException("no graph in " + settings.graph() + " (expected the folder of an embedded "
                            + "database made by ingest or gen-synthetic, with data/databases in it)");
                }
                heap.phase("queries");
                QueryBench.Figures queries;
                long events;
                try (GraphConnection graph = GraphConnection.open(GraphSettings.builder().dataDir(settings.graph()).build())) {
                    // as a server does (serve, load-test): the store read into the page cache before the queries
                    // are timed, so that they measure queries, not the first reads of a cold cache
                    graph.warmPageCache().flatMap(w -> w.await(Duration.ofMinutes(10)))
                            .ifPresent(outcome -> log.accept(outcome.describe()));
                    events = GraphStats.fetch(graph).events();
                    log.accept("queries on " + graph.target() + " (" + events + " events)");
                    queries = QueryBench.run(graph, settings.samples(), settings.seed(), log);
                }
                return new BenchReport(settings, real, extraction, null, queries, heap.peakMb(), heap.phasesMb(),
                        MachineInfo.describe() + "; load average " + loadBefore + " before, " + MachineInfo.loadAverage() + " after",
                        events);
            }
            if (settings.events() == 0) {
                return new BenchReport(settings, real, extraction, null, null, heap.peakMb(), heap.phasesMb(),
                        MachineInfo.describe() + "; load average " + loadBefore + " before, " + MachineInfo.loadAverage() + " after");
            }
            QueryBench.Figures[] queries = new QueryBench.Figures[1];
            Path work = workDirectory(settings.work());
            LoadBench.Figures load;
            try {
                load = LoadBench.run(new SyntheticGraph(settings.events(), settings.seed()), work, settings.keep(), log, heap::phase,
                        graph -> queries[0] = QueryBench.run(graph, settings.samples(), settings.seed(), log));
            } finally {
                if (!settings.keep() && settings.work() == null) LoadBench.delete(work);
            }
            return new BenchReport(settings, real, extraction, load, queries[0], heap.peakMb(), heap.phasesMb(),
                    MachineInfo.describe() + "; load average " + loadBefore + " before, " + MachineInfo.loadAverage() + " after");
        }
    }

    /** The real articles timed when none are named: the shared corpus's dev and pool folders that exist. */
    public static List<Path> defaultTexts() {
        return RealTextBench.defaultTexts();
    }

    private static Path workDirectory(Path given) {
        try {
            if (given == null) return Files.createTempDirectory("chronograph-bench-");
            Files.createDirectories(given);
            return given;
        } catch (IOException e) {
            throw new ChronographException("cannot create the benchmark directory: " + e.getMessage(), e);
        }
    }
}
