package org.chronograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;

/**
 * What the database itself does here with one writer, to read the loading figures against: nodes with a unique
 * key created outright, then relationships between nodes found by that key, each with one {@code UNWIND} of
 * {@value UnwindBaseline#ROWS} rows per transaction through the driver (as the baseline), after a warm-up of the
 * same statements. Nothing of the
 * loader runs; a graph of some share of relationships cannot be written faster than these rates allow.
 */
final class DatabaseCeiling {
    private static final int WARM_UP = 20_000;

    /** Nodes and relationships per second. */
    record Figures(long rows, double nodesPerSecond, double linksPerSecond) {
        /** The most facts per second for a graph whose facts are {@code relationshipShare} relationships. */
        double factsPerSecond(double relationshipShare) {
            return 1 / ((1 - relationshipShare) / nodesPerSecond + relationshipShare / linksPerSecond);
        }
    }

    private DatabaseCeiling() {
    }

    /** Writes {@code rows} nodes, then as many relationships, into {@code graph} (an empty scratch database). */
    static Figures measure(GraphConnection graph, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        writeNodes(graph, 0, WARM_UP);
        writeLinks(graph, WARM_UP, WARM_UP, random);
        long started = System.nanoTime();
        writeNodes(graph, WARM_UP, rows);
        double nodeSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        writeLinks(graph, WARM_UP + rows, rows, random);
        double linkSeconds = (System.nanoTime() - started) / 1e9;
        return new Figures(rows, rows / nodeSeconds, rows / linkSeconds);
    }

    private static void writeNodes(GraphConnection graph, int first, int count) {
        write(graph, "bench-create-nodes", count, i -> Map.of("labels", List.of("Entity"),
                "properties", Map.of("key", key(first + i), "name", "Ceiling entity " + (first + i))));
    }

    /** {@code count} relationships between random nodes among the first {@code nodes}. */
    private static void writeLinks(GraphConnection graph, int nodes, int count, SplittableRandom random) {
        write(graph, "bench-ceiling-links", count, i -> Map.of("from", key(random.nextInt(nodes)), "to", key(random.nextInt(nodes))));
    }

    /** Rows 0 to {@code count - 1}, {@value UnwindBaseline#ROWS} per statement of {@code file}. */
    private static void write(GraphConnection graph, String file, int count, IntFunction<Map<String, Object>> row) {
        String statement = CypherFiles.get(file);
        for (int start = 0; start < count; start += UnwindBaseline.ROWS) {
            List<Map<String, Object>> batch = new ArrayList<>(UnwindBaseline.ROWS);
            for (int i = start; i < Math.min(count, start + UnwindBaseline.ROWS); i++) {
                batch.add(row.apply(i));
            }
            graph.driver().executableQuery(statement).withParameters(Map.of("rows", batch)).execute();
        }
    }

    private static String key(int i) {
        return "ceiling-" + i;
    }
}
