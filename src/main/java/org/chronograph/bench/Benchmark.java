package org.chronograph.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.chronograph.ChronographException;

/**
 * The benchmark: extraction speed (full pipeline against raw CoreNLP, all threads against one), loading speed
 * (the loader against plain UNWIND statements) and query latency on the loaded graph, with the peak heap, measured
 * side by side in one run and reported as a table and one JSON object.
 */
public final class Benchmark {
    /**
     * What to run.
     *
     * @param events   events of the synthetic graph to load and query
     * @param articles synthetic articles to extract; 0 skips extraction
     * @param seed     random seed of the synthetic data and of the query parameters
     * @param threads  threads of the parallel extraction
     * @param samples  timed queries of each kind (at least 200 for the published figures)
     * @param work     directory for the two databases (created; they are deleted unless {@code keep})
     * @param keep     keep the databases
     */
    public record Settings(long events, int articles, long seed, int threads, int samples, Path work, boolean keep) {
        public Settings {
            if (events < 1 || articles < 0 || threads < 1 || samples < 1) {
                throw new ChronographException("the benchmark needs at least 1 event, 1 thread and 1 query sample");
            }
        }
    }

    private Benchmark() {
    }

    /** Runs the benchmark; {@code log} hears what it is doing. */
    public static BenchReport run(Settings settings, Consumer<String> log) {
        String loadBefore = MachineInfo.loadAverage();
        try (HeapWatch heap = HeapWatch.start()) {
            ExtractionBench.Figures extraction = null;
            if (settings.articles() > 0) {
                heap.phase("extraction");
                extraction = ExtractionBench.run(settings.articles(), settings.seed(), settings.threads(), log);
                // the models are not needed any more: let the graph phases have the heap
                StanfordCoreNLP.clearAnnotatorPool();
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
            return new BenchReport(settings, extraction, load, queries[0], heap.peakMb(), heap.phasesMb(),
                    MachineInfo.describe() + "; load average " + loadBefore + " before, " + MachineInfo.loadAverage() + " after");
        }
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
