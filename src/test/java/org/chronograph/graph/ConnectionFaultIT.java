package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronograph.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Connection loss under a running load, injected by a TCP proxy between the driver and the database: the driver's
 * managed transactions retry with backoff, so a short outage loses nothing and writes nothing twice; an outage
 * longer than the retry time ends the load with one line, and leaves nothing of the article being written.
 */
class ConnectionFaultIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final List<Extraction> STORIES = List.of(Stories.nimbusEnglish(), Stories.nimbusFrench(),
            Stories.helixPartnership());

    private static int port(TestGraph graph) {
        return URI.create(graph.uri()).getPort();
    }

    private static GraphConnection through(FaultyProxy proxy, Duration retryTime) {
        return GraphConnection.open(GraphSettings.builder().uri(proxy.uri()).retryTime(retryTime).build());
    }

    @Test
    void aConnectionCutInTheMiddleOfAnArticleIsRetriedAndTheGraphIsThatOfACleanRun(TestGraph graph) throws IOException {
        // Given the graph a clean load gives
        new GraphLoader(graph.connection()).loadAll(STORIES);
        List<String> clean = graph.dump();
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();

        // When every connection is cut in the middle of the second article, and refused for a second and a half
        AtomicInteger eventSteps = new AtomicInteger();
        List<LoadOutcome> outcomes;
        try (FaultyProxy proxy = new FaultyProxy(port(graph)); GraphConnection viaProxy = through(proxy, Duration.ofSeconds(30))) {
            GraphLoader loader = new GraphLoader(viaProxy.driver(), step -> {
                if (step.equals("events") && eventSteps.incrementAndGet() == 2) {
                    proxy.cutAll();
                    proxy.refuseFor(1_500);
                }
            });
            outcomes = STORIES.stream().map(loader::load).toList();
            assertThat(proxy.cuts()).isEqualTo(1);
        }

        // Then the second article's transaction ran again, and the graph is the clean one
        assertThat(eventSteps).hasValue(STORIES.size() + 1);
        assertThat(outcomes).extracting(LoadOutcome::status).containsOnly(LoadOutcome.Status.CREATED);
        assertThat(graph.dump()).isEqualTo(clean);
    }

    @Test
    void anOutageLongerThanTheRetryTimeIsAOneLineErrorAndNothingOfTheArticleIsWritten(TestGraph graph) throws IOException {
        new GraphLoader(graph.connection()).load(Stories.nimbusEnglish());
        List<String> before = graph.dump();

        try (FaultyProxy proxy = new FaultyProxy(port(graph)); GraphConnection viaProxy = through(proxy, Duration.ofSeconds(3))) {
            GraphLoader loader = new GraphLoader(viaProxy.driver(), step -> {
                if (step.equals("moves")) {
                    proxy.refuseAlways();
                    proxy.cutAll();
                }
            });
            long started = System.nanoTime();

            assertThatThrownBy(() -> loader.load(Stories.helixPartnership()))
                    .isInstanceOf(GraphUnavailableException.class)
                    .hasMessageStartingWith("the database became unavailable while loading article helix and did not come back in time: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(60));
            assertThatThrownBy(() -> new StoredArticles(viaProxy).isStored("helix", "x"))
                    .isInstanceOf(GraphUnavailableException.class);
        }

        assertThat(graph.dump()).isEqualTo(before);
    }
}
