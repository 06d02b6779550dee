package org.chronograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.query.GraphStats;

/**
 * Loading speed: the real loader writing a synthetic graph into a fresh embedded database, against the same facts
 * written by {@link UnwindBaseline} into another fresh database with the same schema. Facts are the nodes and
 * relationships each database holds afterwards. Both ways first load a small graph, to warm up. While the loaded
 * graph is open, {@code whileLoaded} runs (the query benchmark). {@code phase} hears the name of each part as it
 * begins: "load warm-up", "loader", "queries", "unwind baseline".
 */
final class LoadBench {
    private static final long WARM_UP_EVENTS = 20_000;

    record Figures(long articles, long loaderFacts, double loaderSeconds, long baselineFacts, double baselineSeconds,
                   long baselineStatements) {
        double loaderRate() {
            return loaderFacts / loaderSeconds;
        }

        double baselineRate() {
            return baselineFacts / baselineSeconds;
        }
    }

    private LoadBench() {
    }

    static Figures run(SyntheticGraph synthetic, Path work, boolean keep, Consumer<String> log, Consumer<String> phase,
                       Consumer<GraphConnection> whileLoaded) {
        phase.accept("load warm-up");
        warmUp(new SyntheticGraph(Math.min(synthetic.events(), WARM_UP_EVENTS), synthetic.seed() + 1), work, log);
        Path loaded = work.resolve("loader");
        Path baseline = work.resolve("unwind");
        long articles;
        long loaderFacts;
        double loaderSeconds;
        try (GraphConnection graph = open(loaded)) {
            phase.accept("loader");
            log.accept("load: " + synthetic.events() + " events with the loader into " + loaded);
            long started = System.nanoTime();
            articles = SyntheticLoad.load(synthetic, graph, n -> {
                if (n % 50_000 < org.chronograph.graph.GraphLoader.BATCH) log.accept("load: " + n + " articles");
            });
            loaderSeconds = (System.nanoTime() - started) / 1e9;
            loaderFacts = facts(graph);
            phase.accept("queries");
            whileLoaded.accept(graph);
        } finally {
            if (!keep) delete(loaded);
        }
        phase.accept("unwind baseline");
        try (GraphConnection graph = open(baseline)) {
            log.accept("load: the same facts with one UNWIND per " + UnwindBaseline.ROWS + " rows into " + baseline);
            long started = System.nanoTime();
            long statements = new UnwindBaseline(graph).write(synthetic);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Figures(articles, loaderFacts, loaderSeconds, facts(graph), seconds, statements);
        } finally {
            if (!keep) delete(baseline);
        }
    }

    /**
     * Loads a small graph both ways into scratch databases first, so that neither way pays alone for compiling
     * the code both run (Bolt, Cypher, the store).
     */
    private static void warmUp(SyntheticGraph small, Path work, Consumer<String> log) {
        log.accept("load: warm-up, " + small.events() + " events both ways");
        Path loader = work.resolve("warm-up-loader");
        Path unwind = work.resolve("warm-up-unwind");
        try (GraphConnection graph = open(loader)) {
            SyntheticLoad.load(small, graph, n -> { });
        } finally {
            delete(loader);
        }
        try (GraphConnection graph = open(unwind)) {
            new UnwindBaseline(graph).write(small);
        } finally {
            delete(unwind);
        }
    }

    private static GraphConnection open(Path dir) {
        if (Files.exists(dir)) {
            throw new ChronographException("the benchmark needs an empty directory: " + dir + " exists");
        }
        return GraphConnection.open(GraphSettings.builder().dataDir(dir).build());
    }

    private static long facts(GraphConnection graph) {
        GraphStats stats = GraphStats.fetch(graph);
        return stats.nodes() + stats.relationships();
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a directory left behind is harmless
        }
    }
}
