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
 * graph ({@code warm-up-samples.cypher}: random draws), in rounds on every core,
 * until the rounds or the time run out. A server just started otherwise answers its first minute slowly: each query
 * plan is compiled on first use, the JIT compiler has not yet reached the driver, Bolt and Cypher runtime code, and
 * the database's page cache is empty. It only reads; answers are not kept (the first real request still queries).
 */
final class WarmUp {
    /** Names drawn of each kind. */
    static final int DRAWN = 60;
    /** Rows per timeline and moves page (the load test's and the benchmark's page). */
    static final int PAGE = 100;

    /**
     * What the warm-up did.
     *
     * @param rounds        rounds completed (each asks every endpoint once)
     * @param kinds         endpoints in a round (the requests of {@link #round})
     * @param queries       requests answered (a round cut by the time limit included)
     * @param failures      requests that failed (a name that no longer resolves, a graph that went away)
     * @param took          how long it took, drawing the names included
     * @param firstMs       mean time per request over the first round's worth of requests
     * @param lastMs        mean time per request over the last tenth of the requests (at least a round's worth)
     * @param dearestKind   the endpoint that took longest on average
     * @param dearestMs     its mean time per request
     * @param firstFailure  what the first failure said, or {@code null}
     */
    record Result(int rounds, int kinds, long queries, long failures, Duration took, double firstMs, double lastMs,
                  String dearestKind, double dearestMs, String firstFailure) {
    }

    record Samples(List<String> entities, List<String> people, List<String> orgs, List<YearMonth> months) {
    }

    /** One request of a round: the endpoint's kind, and its path and query under {@code /api/}. */
    record Request(String kind, String path) {
    }

    private record Timed(String kind, double ms) {
    }

    private WarmUp() {
    }

    /**
     * Warms the server's queries up: at most {@code maxRounds} rounds on {@code threads} threads, no request started
     * after {@code budget}.
     */
    static Result run(Api api, GraphConnection graph, Duration budget, int maxRounds, int threads) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        Samples samples = samples(graph);
        if (samples.entities().isEmpty()) {
            return new Result(0, 0, 0, 0, Duration.ofNanos(System.nanoTime() - start), 0, 0, null, 0, null);
        }
        AtomicInteger nextRound = new AtomicInteger();
        AtomicInteger fullRounds = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Timed> timed = java.util.Collections.synchronizedList(new ArrayList<>());
        int workers = Math.max(1, threads);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "chronograph-warm-up");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    int round;
                    while (System.nanoTime() < deadline && (round = nextRound.getAndIncrement()) < maxRounds) {
                        List<Request> requests = round(samples, new SplittableRandom(round));
                        int done = 0;
                        for (Request request : requests) {
                            if (System.nanoTime() >= deadline) {
                                break;
                            }
                            long t = System.nanoTime();
                            try {
                                ask(api, request.path());
                            } catch (RuntimeException | JsonProcessingException e) {
                                failures.incrementAndGet();
                                firstFailure.compareAndSet(null, request.path() + ": " + e.getMessage());
                            }
                            timed.add(new Timed(request.kind(), (System.nanoTime() - t) / 1e6));
                            done++;
                        }
                        if (done == requests.size()) {
                            fullRounds.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            firstFailure.compareAndSet(null, String.valueOf(e.getCause()));
        } finally {
            pool.shutdownNow();
        }
        List<Timed> all;
        synchronized (timed) {
            all = List.copyOf(timed);
        }
        Map<String, double[]> byKind = new java.util.TreeMap<>();
        for (Timed t : all) {
            double[] sum = byKind.computeIfAbsent(t.kind(), k -> new double[2]);
            sum[0] += t.ms();
            sum[1]++;
        }
        int perRound = byKind.size();
        int tail = Math.max(perRound, all.size() / 10);
        Map.Entry<String, double[]> dearest = byKind.entrySet().stream()
                .max(java.util.Comparator.comparingDouble(x -> x.getValue()[0] / x.getValue()[1])).orElse(null);
        return new Result(fullRounds.get(), perRound, all.size(), failures.get(), Duration.ofNanos(System.nanoTime() - start),
                mean(all.subList(0, Math.min(perRound, all.size()))), mean(all.subList(Math.max(0, all.size() - tail), all.size())),
                dearest == null ? null : dearest.getKey(), dearest == null ? 0 : dearest.getValue()[0] / dearest.getValue()[1],
                firstFailure.get());
    }

    /** Says on {@code log} what the warm-up did, in one line. */
    static void report(Result result, PrintStream log) {
        String line = result.queries() == 0 ? "chronograph serve: warm-up skipped: the graph has no entity in an event"
                : String.format(Locale.ROOT, "chronograph serve: warmed up in %.1f s: %d requests (%d full rounds of "
                        + "the %d read endpoints) on names drawn from the graph; %.1f ms per request at first, %.1f ms "
                        + "at the end; dearest: %s, %.1f ms on average%s", result.took().toMillis() / 1000.0,
                result.queries(), result.rounds(), result.kinds(), result.firstMs(), result.lastMs(), result.dearestKind(),
                result.dearestMs(), result.failures() == 0 ? ""
                        : "; " + result.failures() + " failed, the first: " + result.firstFailure());
        synchronized (log) {
            log.println(line);
            log.flush();
        }
    }

    private static double mean(List<Timed> timed) {
        return timed.stream().mapToDouble(Timed::ms).average().orElse(0);
    }

    /** One request through the API, its answer written as JSON as a response's would be. */
    private static void ask(Api api, String request) throws JsonProcessingException {
        int q = request.indexOf('?');
        Api.Route route = api.routes().get(request.substring(0, q));
        Object answer = api.handle(route, Params.parse(request.substring(q + 1)));
        WebServer.MAPPER.writeValueAsBytes(answer);
    }

    /**
     * The requests of one round: every endpoint once, on names drawn with {@code random}.
     */
    static List<Request> round(Samples samples, SplittableRandom random) {
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
                new Request("timeline (entity)", "timeline?limit=" + PAGE + "&entity=" + e),
                new Request("timeline (month)", "timeline?limit=" + PAGE + "&from=" + month + "&to=" + month),
                new Request("timeline (undated)", "timeline?entity=" + e + "&undated=true&limit=500"),
                new Request("moves", "moves?limit=" + PAGE + "&org=" + encode(org)),
                new Request("flows", "flows?org=" + encode(org)),
                new Request("career", "career?person=" + encode(person)),
                new Request("related", "related?entity=" + e),
                new Request("entities", "entities?limit=20&q=" + typed),
                new Request("search", "search?q=" + typed),
                new Request("entity page", "entity?name=" + e),
                new Request("co-mentions", "comentions?entity=" + e),
                new Request("path", "path?from=" + e + "&to=" + encode(other)));
    }

    private static Samples samples(GraphConnection graph) {
        List<String> entities = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        try (Session session = graph.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (Record r : session.run(CypherFiles.get("warm-up-samples"), Map.of("drawn", DRAWN)).list()) {
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
