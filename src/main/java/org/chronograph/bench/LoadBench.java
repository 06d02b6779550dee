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
 * graph is open, {@code whileLoaded} runs (the query benchmark). Last, {@link DatabaseCeiling} measures what the
 * database itself does in a third scratch database. {@code phase} hears the name of each part as it begins:
 * "load warm-up", "loader", "queries", "unwind baseline", "ceiling".
 */
final class LoadBench {
    private static final long WARM_UP_EVENTS = 20_000;
    private static final long CEILING_MIN_ROWS = 10_000;
    private static final long CEILING_MAX_ROWS = 200_000;

    record Figures(long articles, long loaderFacts, long loaderRelationships, double loaderSeconds, long baselineFacts,
                   double baselineSeconds, long baselineStatements, DatabaseCeiling.Figures ceiling) {
        double loaderRate() {
            return loaderFacts / loaderSeconds;
        }

        double baselineRate() {
            return baselineFacts / baselineSeconds;
        }

        /** The share of the loaded graph's facts that are relationships. */
        double relationshipShare() {
            return loaderFacts == 0 ? 0 : (double) loaderRelationships / loaderFacts;
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
        long loaderRelationships;
        double loaderSeconds;
        try (GraphConnection graph = open(loaded)) {
            phase.accept("loader");
            log.accept("load: " + synthetic.events() + " events with the loader into " + loaded);
            long started = System.nanoTime();
            articles = SyntheticLoad.load(synthetic, graph, n -> {
                if (n % 50_000 < org.chronograph.graph.GraphLoader.BATCH) log.accept("load: " + n + " articles");
            });
            loaderSeconds = (System.nanoTime() - started) / 1e9;
            GraphStats stats = GraphStats.fetch(graph);
            loaderFacts = stats.nodes() + stats.relationships();
            loaderRelationships = stats.relationships();
            phase.accept("queries");
            whileLoaded.accept(graph);
        } finally {
            if (!keep) delete(loaded);
        }
        phase.accept("unwind baseline");
        long baselineFacts;
        double baselineSeconds;
        long statements;
        try (GraphConnection graph = open(baseline)) {
            log.accept("load: the same facts with one UNWIND per " + UnwindBaseline.ROWS + " rows into " + baseline);
            long started = System.nanoTime();
            statements = new UnwindBaseline(graph).write(synthetic);
            baselineSeconds = (System.nanoTime() - started) / 1e9;
            baselineFacts = facts(graph);
        } finally {
            if (!keep) delete(baseline);
        }
        phase.accept("ceiling");
        Path scratch = work.resolve("ceiling");
        DatabaseCeiling.Figures ceiling;
        try (GraphConnection graph = open(scratch)) {
            int rows = (int) Math.max(CEILING_MIN_ROWS, Math.min(CEILING_MAX_ROWS, loaderFacts));
            log.accept("load: database ceiling, " + rows + " nodes then " + rows + " relationships created outright");
            ceiling = DatabaseCeiling.measure(graph, rows, synthetic.seed());
        } finally {
            delete(scratch);
        }
        return new Figures(articles, loaderFacts, loaderRelationships, loaderSeconds, baselineFacts, baselineSeconds,
                statements, ceiling);
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
