package org.chronograph.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.chronograph.ChronographException;

/**
 * A bounded load test of a running server: {@code clients} virtual threads, each sending a request, reading the whole
 * response and sending the next, for {@code duration}, over the {@link Mix} of API endpoints. Like a browser, a client
 * sends back the ETag of an answer it already has when it asks the same again ({@code If-None-Match}), and a 304 is a
 * success. An error is a transport failure, a timeout or any status other than 2xx and 304 (a 503 "busy" included).
 * The graph's counts ({@code /api/stats}) are read before and after, to show that the load left it unchanged.
 */
public final class LoadTest {
    /**
     * How hard and how long.
     *
     * @param clients  concurrent clients, at least 1
     * @param duration how long clients start new requests; requests under way at the end are waited for
     * @param seed     seed of the parameter draws
     * @param timeout  longest wait for one response before it counts as an error
     * @param warmUp   how long the same clients load the server before the measured run (zero for none): what they
     *                 get is not counted, only their errors are reported
     */
    public record Settings(int clients, Duration duration, long seed, Duration timeout, Duration warmUp) {
        public Settings {
            if (clients < 1 || duration.isNegative() || duration.isZero() || timeout.isNegative() || timeout.isZero()
                    || warmUp.isNegative()) {
                throw new ChronographException("a load test needs at least one client, a duration and a timeout");
            }
        }

        /** Without a warm-up. */
        public Settings(int clients, Duration duration, long seed, Duration timeout) {
            this(clients, duration, seed, timeout, Duration.ZERO);
        }
    }

    private static final int ERROR_EXAMPLES = 5;

    private LoadTest() {
    }

    /**
     * Runs the load test against the server at {@code base}.
     *
     * @param token   the server's bearer token, or {@code null}
     * @param targets names to ask about, or {@code null} to take the most mentioned ones from the API
     * @param log     progress lines
     * @throws ChronographException when the server cannot be reached before the load starts
     */
    public static LoadReport run(URI base, String token, Targets targets, Settings settings, Consumer<String> log) {
        try (ApiClient api = new ApiClient(base, token, settings.timeout())) {
            boolean withPath = api.json("/api/").path("endpoints").has("/api/path");
            Targets names = targets != null ? targets : Targets.of(api);
            Mix mix = new Mix(names, withPath);
            Map<String, Long> before = counts(api);
            log.accept("load: " + settings.clients() + " clients for " + settings.duration().toSeconds() + " s on " + base
                    + " (" + names.entities().size() + " entities, " + names.people().size() + " people, "
                    + names.orgs().size() + " organizations to draw from" + (withPath ? "" : "; no /api/path") + ")");
            Map<String, String> examples = new ConcurrentHashMap<>();
            SplittableRandom seeds = new SplittableRandom(settings.seed());
            if (!settings.warmUp().isZero()) {
                log.accept("load: warming up for " + settings.warmUp().toSeconds() + " s (not counted)");
                long warmErrors = load(api, mix, settings, seeds.split(), System.nanoTime() + settings.warmUp().toNanos(),
                        new ConcurrentHashMap<>()).stream()
                        .flatMap(m -> m.values().stream()).mapToLong(Samples::errors).sum();
                log.accept("load: warm-up done" + (warmErrors == 0 ? "" : ", " + warmErrors + " errors in it"));
            }
            long started = System.nanoTime();
            List<Map<String, Samples>> perClient = load(api, mix, settings, seeds,
                    started + settings.duration().toNanos(), examples);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> after = counts(api);
            Map<String, Samples> byKind = new LinkedHashMap<>();
            mix.kinds().forEach(k -> byKind.put(k, new Samples()));
            perClient.forEach(m -> m.forEach((k, s) -> byKind.get(k).add(s)));
            return new LoadReport(settings.clients(), settings.warmUp().toSeconds(), seconds, byKind, before, after, examples);
        }
    }

    /** Runs the clients until {@code deadline} and waits for their last requests: each client's samples by kind. */
    private static List<Map<String, Samples>> load(ApiClient api, Mix mix, Settings settings, SplittableRandom seeds,
                                                   long deadline, Map<String, String> examples) {
        List<Map<String, Samples>> perClient = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Map<String, Samples>>> futures = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                SplittableRandom random = seeds.split();
                int client = i;
                futures.add(clients.submit(() -> client(api, mix, client, random, deadline, examples)));
            }
            long waitUntil = deadline + settings.timeout().toNanos() + TimeUnit.SECONDS.toNanos(10);
            for (Future<Map<String, Samples>> f : futures) {
                perClient.add(f.get(Math.max(1, waitUntil - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChronographException("the load test was interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ChronographException("a load-test client failed: " + e, e);
        }
        return perClient;
    }

    private static Map<String, Samples> client(ApiClient api, Mix mix, int client, SplittableRandom random, long deadline,
                                               Map<String, String> examples) {
        Map<String, Samples> samples = new LinkedHashMap<>();
        Map<String, String> etags = new HashMap<>();
        boolean first = true;
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            Mix.Call call = first ? mix.first(client, random) : mix.next(random);
            first = false;
            Samples s = samples.computeIfAbsent(call.kind(), k -> new Samples());
            long sent = System.nanoTime();
            try {
                HttpResponse<byte[]> response = api.get(call.path(), etags.get(call.path()));
                if (response.statusCode() / 100 == 2) {
                    s.ok((System.nanoTime() - sent) / 1e6);
                    response.headers().firstValue("ETag").ifPresent(tag -> etags.put(call.path(), tag));
                } else if (response.statusCode() == 304) {
                    s.okNotModified((System.nanoTime() - sent) / 1e6);
                } else {
                    s.error();
                    example(examples, call, "HTTP " + response.statusCode() + " "
                            + new String(response.body(), StandardCharsets.UTF_8).strip());
                }
            } catch (HttpTimeoutException e) {
                s.error();
                example(examples, call, "timeout");
            } catch (IOException e) {
                s.error();
                example(examples, call, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return samples;
    }

    private static void example(Map<String, String> examples, Mix.Call call, String what) {
        if (examples.size() < ERROR_EXAMPLES) {
            String line = what.lines().findFirst().orElse("");
            examples.putIfAbsent(call.path(), line.length() > 200 ? line.substring(0, 200) + "..." : line);
        }
    }

    /** The numbers {@code /api/stats} gives (nodes, relationships, events and so on). */
    private static Map<String, Long> counts(ApiClient api) {
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonNode stats = api.json("/api/stats");
        stats.fields().forEachRemaining(e -> {
            if (e.getValue().isIntegralNumber()) {
                counts.put(e.getKey(), e.getValue().asLong());
            }
        });
        return counts;
    }
}
