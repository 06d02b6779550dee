package org.chronograph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.MovesFilter;
import org.chronograph.query.MovesQuery;
import org.chronograph.query.PathQuery;
import org.chronograph.query.TimelineFilter;
import org.chronograph.query.TimelineQuery;

/**
 * Query latency through the driver, with the project's query classes (entity names resolved as users give them):
 * an entity's timeline, a month's timeline, an organization's moves (each a first page of {@value #PAGE} rows) and
 * the shortest path between two entities. Each kind is warmed up on {@value #WARM_UP} other parameter values first,
 * and on more until the JIT compiler is quiet ({@link JitQuiet}: it is still at work on the driver, Bolt and Cypher
 * code after a hundred queries: a month's timeline at 1M events went from p50 17 ms to 10 ms over its first 3,000,
 * and 18 of the 30 slowest of 300 months timed after 500 had a compilation under way), as a server is after its
 * warm start; then timed over {@code samples} values drawn from the graph with a seeded random source.
 */
final class QueryBench {
    /** Rows per page. */
    static final int PAGE = 100;
    /** Longest path searched for. */
    static final int HOPS = 3;
    private static final int WARM_UP = 500;
    /** Calls of a kind, per timed sample, that the warm-up may add while the JIT compiler is at work. */
    private static final int QUIET_MORE = 10;
    private static final LocalDate FIRST_MONTH = LocalDate.of(2015, 1, 1);
    private static final int MONTHS = 138;

    /** Latencies in milliseconds; {@code pathsFound} counts the timed path searches that found one. */
    record Figures(double timelineEntityP50, double timelineEntityP95, double timelinePeriodP95, double movesOrgP95,
                   double pathP95, int samples, int pathsFound, double defaultPathP50, double defaultPathP95, int defaultPathsFound) {
    }

    private QueryBench() {
    }

    static Figures run(GraphConnection graph, int samples, long seed, Consumer<String> log) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> entities = names(graph, "bench-sample-entities");
        List<String> orgs = names(graph, "bench-sample-orgs");
        log.accept("queries: " + entities.size() + " entities and " + orgs.size() + " organizations to draw from");
        TimelineQuery timeline = new TimelineQuery(graph);
        MovesQuery moves = new MovesQuery(graph);
        PathQuery paths = new PathQuery(graph);

        Latencies byEntity = measure(samples, () -> {
            String name = pick(entities, random);
            return () -> timeline.run(TimelineFilter.parse(name, null, null, List.of()), PAGE);
        }, log, "timeline of an entity");
        Latencies byPeriod = measure(samples, () -> {
            LocalDate month = FIRST_MONTH.plusMonths(random.nextInt(MONTHS));
            return () -> timeline.run(new TimelineFilter(null, month, month.plusMonths(1).minusDays(1), Set.of()), PAGE);
        }, log, "timeline of a month");
        Latencies byOrg = orgs.isEmpty() ? new Latencies(0) : measure(samples, () -> {
            String name = pick(orgs, random);
            return () -> moves.run(MovesFilter.of(null, name), PAGE);
        }, log, "moves of an organization");
        PathTimes path = measurePaths(paths, entities, random, HOPS, samples, log, "path between two entities");
        PathTimes defaultPath = measurePaths(paths, entities, random, PathQuery.DEFAULT_HOPS, samples, log,
                "path between two entities, up to " + PathQuery.DEFAULT_HOPS + " steps (the default)");
        return new Figures(byEntity.percentile(50), byEntity.percentile(95), byPeriod.percentile(95), byOrg.percentile(95),
                path.latencies().percentile(95), samples, path.found(), defaultPath.latencies().percentile(50),
                defaultPath.latencies().percentile(95), defaultPath.found());
    }

    /** Latencies of path searches of up to {@code hops} steps, and how many of the timed ones found a path. */
    private record PathTimes(Latencies latencies, int found) {
    }

    private static PathTimes measurePaths(PathQuery paths, List<String> entities, SplittableRandom random, int hops,
                                          int samples, Consumer<String> log, String what) {
        int[] found = new int[1];
        Latencies latencies = measure(samples, () -> {
            String a = pick(entities, random);
            String b = pick(entities, random);
            return () -> {
                if (paths.run(a, b, hops).found()) found[0]++;
            };
        }, log, what, () -> found[0] = 0);
        return new PathTimes(latencies, found[0]);
    }

    private static Latencies measure(int samples, Supplier<Runnable> calls, Consumer<String> log, String what) {
        return measure(samples, calls, log, what, () -> { });
    }

    private static Latencies measure(int samples, Supplier<Runnable> calls, Consumer<String> log, String what, Runnable timing) {
        int warmUp = JitQuiet.warmUp(WARM_UP, QUIET_MORE * samples, () -> calls.get().run());
        log.accept("queries: " + what + " (" + warmUp + " warm-up, until the JIT compiler was quiet; " + samples + " timed)");
        timing.run();
        Latencies latencies = new Latencies(samples);
        for (int i = 0; i < samples; i++) {
            latencies.time(calls.get());
        }
        return latencies;
    }

    private static List<String> names(GraphConnection graph, String file) {
        return graph.driver().executableQuery(CypherFiles.get(file)).execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }
}
