package org.chronograph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.bench.SyntheticGraph;
import org.chronograph.bench.SyntheticLoad;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.query.GraphStats;
import org.chronograph.web.ServerSettings;
import org.chronograph.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real server on a free port over a small synthetic graph, under many concurrent clients. */
class LoadTestIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    @Test
    void fiftyClientsForFiveSecondsGetOnlySuccessesFromEveryEndpointAndLeaveTheGraphAsItWas(GraphConnection graph) {
        // Given a synthetic graph of 2,000 events served with few query slots, so that most clients wait in the queue
        SyntheticLoad.load(new SyntheticGraph(2_000, 11), graph, n -> { });
        GraphStats before = GraphStats.fetch(graph);
        ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
        List<String> progress = new ArrayList<>();
        LoadReport report;
        double elapsed;
        try (WebServer server = WebServer.start(graph, new ServerSettings("127.0.0.1", 0, null, 8, null),
                new PrintStream(serverLog, true, StandardCharsets.UTF_8))) {
            // When 50 clients send requests for 5 seconds
            report = LoadTest.run(server.uri(), null, Targets.of(graph),
                    new LoadTest.Settings(50, Duration.ofSeconds(5), 3, Duration.ofSeconds(60)), progress::add);
        }

        // Then every request succeeded, every endpoint was asked, and the graph has the same counts
        assertThat(report.errors()).as(report.errorExamples().toString()).isZero();
        assertThat(report.kinds()).contains("timeline (entity)", "timeline (month)", "moves (org)", "flows (org)",
                "entities (search)", "related", "career");
        assertThat(report.kinds()).allSatisfy(kind -> assertThat(report.requests(kind)).as(kind).isPositive());
        assertThat(report.requests()).isGreaterThanOrEqualTo(50);
        assertThat(report.graphUnchanged()).isTrue();
        assertThat(report.countsBefore()).containsEntry("nodes", before.nodes())
                .containsEntry("relationships", before.relationships());
        assertThat(GraphStats.fetch(graph)).isEqualTo(before);
        assertThat(serverLog.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(report.json()).startsWith("{\"clients\": 50, \"warm_up_s\": 0, ").contains("\"errors\": 0", "\"graph_unchanged\": true");
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("50 clients"));
    }

    @Test
    void aWarmUpLoadsTheServerFirstAndIsNotCounted(GraphConnection graph) throws Exception {
        // Given a small synthetic graph served in-process
        SyntheticLoad.load(new SyntheticGraph(500, 5), graph, n -> { });
        List<String> progress = new ArrayList<>();
        LoadReport report;
        double elapsed;
        try (WebServer server = WebServer.start(graph, new ServerSettings("127.0.0.1", 0, null, 8, null),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            // When 20 clients warm it up for 3 seconds, then are measured for 2
            long started = System.nanoTime();
            report = LoadTest.run(server.uri(), null, Targets.of(graph),
                    new LoadTest.Settings(20, Duration.ofSeconds(2), 3, Duration.ofSeconds(60), Duration.ofSeconds(3)),
                    progress::add);
            elapsed = (System.nanoTime() - started) / 1e9;
        }

        // Then the warm-up is said, and the figures are those of the measured 2 seconds only (the run's own time,
        // which on a busy machine overruns while the last requests finish, never includes the warm-up's 3 seconds)
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("warming up for 3 s"));
        assertThat(progress).anySatisfy(line -> assertThat(line).isEqualTo("load: warm-up done"));
        assertThat(report.errors()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(report.json());
        assertThat(json.get("warm_up_s").asInt()).isEqualTo(3);
        assertThat(json.get("seconds").asDouble()).isGreaterThanOrEqualTo(2.0).isLessThanOrEqualTo(elapsed - 3.0);
        assertThat(report.requests()).isPositive();
    }

    @Test
    void aServerWarmsItsQueriesUpWhenItStartsSaysSoAndLeavesTheGraphAsItWas(GraphConnection graph) throws Exception {
        // Given a synthetic graph of 2,000 events, its counts and its version
        SyntheticLoad.load(new SyntheticGraph(2_000, 11), graph, n -> { });
        GraphStats before = GraphStats.fetch(graph);
        String version = new org.chronograph.graph.GraphVersion(graph, Duration.ZERO).current();
        ByteArrayOutputStream serverLog = new ByteArrayOutputStream();

        // When a server starts with a warm-up of at most 30 seconds
        long[] kept;
        try (WebServer server = WebServer.start(graph, new ServerSettings("127.0.0.1", 0, null, 8, null)
                .withWarmUp(Duration.ofSeconds(30)), new PrintStream(serverLog, true, StandardCharsets.UTF_8))) {
            kept = server.keptAnswerCounts();
            // Then it answers at once when the warm-up is over
            LoadReport report = LoadTest.run(server.uri(), null, Targets.of(graph),
                    new LoadTest.Settings(10, Duration.ofSeconds(1), 3, Duration.ofSeconds(60)), line -> { });
            assertThat(report.errors()).as(report.errorExamples().toString()).isZero();
        }

        // Then its log says what it ran and how long it took, every request answered, and nothing was written or kept
        String log = serverLog.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("chronograph serve: warming up: every read endpoint")
                .containsPattern("chronograph serve: warmed up in \\d+\\.\\d s: \\d+ requests \\(\\d+ full rounds of the 12 "
                        + "read endpoints\\) on names drawn from the graph; \\d+\\.\\d ms per request at first, \\d+\\.\\d ms at "
                        + "the end; dearest: [a-z (-]+\\)?, \\d+\\.\\d ms on average\n")
                .doesNotContain("failed").doesNotContain("Exception");
        java.util.regex.Matcher rounds = java.util.regex.Pattern.compile("(\\d+) requests \\((\\d+) full rounds").matcher(log);
        assertThat(rounds.find()).isTrue();
        int full = Integer.parseInt(rounds.group(2));
        assertThat(full).isBetween(1, 200);
        assertThat(Long.parseLong(rounds.group(1))).isBetween(12L * full, 12L * 200);
        assertThat(kept).containsExactly(0, 0, 0);
        assertThat(GraphStats.fetch(graph)).isEqualTo(before);
        assertThat(new org.chronograph.graph.GraphVersion(graph, Duration.ZERO).current()).isEqualTo(version);
    }
}
