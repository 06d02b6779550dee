package org.chronograph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * What a server does before the crowd comes: runs every read endpoint the page and the API's users ask most (timelines
 * of an entity, of a month and of undated events, moves, flows, careers, related entities, entity search, the entity
 * page, co-mentions, paths) through the same code as a request, answers written as JSON, on names drawn from the
 * graph ({@code warm-up-samples.cypher}: the busiest entities and a random draw of others), in rounds on every core,
 * until the rounds or the time run out. A server just started otherwise answers its first minute slowly: each query
 * plan is compiled on first use, the JIT compiler has not yet reached the driver, Bolt and Cypher runtime code, and
 * the database's page cache is empty. It only reads; answers are not kept (the first real request still queries).
 */
final class WarmUp {
    /** Names drawn of each kind; the busiest entities and organizations come on top. */
    static final int DRAWN = 60;
    static final int HUBS = 10;
    /** Rows per timeline and moves page (the load test's and the benchmark's page). */
    static final int PAGE = 100;

    /**
     * What the warm-up did.
     *
     * @param rounds       rounds run (each asks every endpoint once)
     * @param queries      requests answered
     * @param failures     requests that failed (a name that no longer resolves, a graph that went away)
     * @param took         how long it took
     * @param firstRoundMs mean time per request in the first round
     * @param lastRoundsMs mean time per request in the last tenth of the rounds (at least the last)
     * @param firstFailure what the first failure said, or {@code null}
     */
    record Result(int rounds, long queries, long failures, Duration took, double firstRoundMs, double lastRoundsMs,
                  String firstFailure) {
    }

    record Samples(List<String> entities, List<String> people, List<String> orgs, List<YearMonth> months) {
    }

    private WarmUp() {
    }

    /**
     * Warms the server's queries up: at most {@code maxRounds} rounds, stopping after {@code budget} (a round under
     * way finishes), on {@code threads} threads.
     */
    static Result run(Api api, GraphConnection graph, Duration budget, int maxRounds, int threads) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        Samples samples = samples(graph);
        if (samples.entities().isEmpty()) {
            return new Result(0, 0, 0, Duration.ofNanos(System.nanoTime() - start), 0, 0, null);
        }
        AtomicInteger nextRound = new AtomicInteger();
        AtomicLong queries = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        double[] roundMs = new double[maxRounds];
        int[] roundSize = new int[maxRounds];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "chronograph-warm-up");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < Math.max(1, threads); w++) {
                workers.add(pool.submit(() -> {
                    int round;
                    while (System.nanoTime() < deadline && (round = nextRound.getAndIncrement()) < maxRounds) {
                        List<String> requests = round(samples, new SplittableRandom(round));
                        long roundStart = System.nanoTime();
                        for (String request : requests) {
                            try {
                                ask(api, request);
                            } catch (RuntimeException | JsonProcessingException e) {
                                failures.incrementAndGet();
                                firstFailure.compareAndSet(null, request + ": " + e.getMessage());
                            }
                            queries.incrementAndGet();
                        }
                        roundMs[round] = (System.nanoTime() - roundStart) / 1e6;
                        roundSize[round] = requests.size();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            firstFailure.compareAndSet(null, String.valueOf(e.getCause()));
        } finally {
            pool.shutdownNow();
        }
        int rounds = Math.min(nextRound.get(), maxRounds);
        while (rounds > 0 && roundSize[rounds - 1] == 0) {
            rounds--;
        }
        int tail = Math.max(1, rounds / 10);
        return new Result(rounds, queries.get(), failures.get(), Duration.ofNanos(System.nanoTime() - start),
                rounds == 0 ? 0 : roundMs[0] / roundSize[0], meanPerRequest(roundMs, roundSize, rounds - tail, rounds),
                firstFailure.get());
    }

    /** Says on {@code log} what the warm-up did, in one line. */
    static void report(Result result, PrintStream log) {
        String line = result.rounds() == 0 ? "chronograph serve: warm-up skipped: the graph has no entity in an event"
                : String.format(Locale.ROOT, "chronograph serve: warmed up in %.1f s: %d requests in %d rounds of every "
                        + "read endpoint on names drawn from the graph, %.1f ms per request in the first round, %.1f ms "
                        + "in the last ones%s", result.took().toMillis() / 1000.0, result.queries(), result.rounds(),
                result.firstRoundMs(), result.lastRoundsMs(), result.failures() == 0 ? ""
                        : "; " + result.failures() + " failed, the first: " + result.firstFailure());
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    private static double meanPerRequest(double[] roundMs, int[] roundSize, int from, int to) {
        double ms = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            ms += roundMs[i];
            n += roundSize[i];
        }
        return n == 0 ? 0 : ms / n;
    }

    /** One request through the API, its answer written as JSON as a response's would be. */
    private static void ask(Api api, String request) throws JsonProcessingException {
        int q = request.indexOf('?');
        Api.Route route = api.routes().get(request.substring(0, q));
        Object answer = api.handle(route, Params.parse(request.substring(q + 1)));
        WebServer.MAPPER.writeValueAsBytes(answer);
    }

    /** The requests of one round: every endpoint once, on names drawn with {@code random}. */
    static List<String> round(Samples samples, SplittableRandom random) {
        String entity = pick(samples.entities(), random);
        String other = pick(samples.entities(), random);
        String person = pick(samples.people().isEmpty() ? samples.entities() : samples.people(), random);
        String org = pick(samples.orgs().isEmpty() ? samples.entities() : samples.orgs(), random);
        YearMonth month = samples.months().get(random.nextInt(samples.months().size()));
        String[] words = entity.split("\\s+");
        String word = words[random.nextInt(words.length)];
        String typed = encode(word.substring(0, Math.min(3, word.length())));
        String e = encode(entity);
        return List.of(
                "timeline?limit=" + PAGE + "&entity=" + e,
                "timeline?limit=" + PAGE + "&from=" + month + "&to=" + month,
                "timeline?entity=" + e + "&undated=true&limit=500",
                "moves?limit=" + PAGE + "&org=" + encode(org),
                "flows?org=" + encode(org),
                "career?person=" + encode(person),
                "related?entity=" + e,
                "entities?limit=20&q=" + typed,
                "search?q=" + typed,
                "entity?name=" + e,
                "comentions?entity=" + e,
                "path?from=" + e + "&to=" + encode(other));
    }

    private static Samples samples(GraphConnection graph) {
        List<String> entities = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        try (Session session = graph.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (Record r : session.run(CypherFiles.get("warm-up-samples"), Map.of("hubs", HUBS, "drawn", DRAWN)).list()) {
                String name = r.get("name").asString(null);
                if (name == null || name.isBlank()) {
                    continue;
                }
                switch (r.get("kind").asString()) {
                    case "entity" -> entities.add(name);
                    case "person" -> people.add(name);
                    case "org" -> orgs.add(name);
                    default -> dates.add(LocalDate.parse(name));
                }
            }
        }
        List<YearMonth> months = new ArrayList<>();
        if (!dates.isEmpty()) {
            YearMonth first = YearMonth.from(dates.stream().min(LocalDate::compareTo).orElseThrow());
            YearMonth last = YearMonth.from(dates.stream().max(LocalDate::compareTo).orElseThrow());
            for (YearMonth m = first; !m.isAfter(last) && months.size() < 1200; m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        if (months.isEmpty()) {
            months.add(YearMonth.now());
        }
        return new Samples(entities, people, orgs, months);
    }

    private static String pick(List<String> names, SplittableRandom random) {
        return names.get(random.nextInt(names.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
