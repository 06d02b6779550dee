package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers at the same moment: clients applying the schema of a fresh database together, and two writers loading
 * articles about the same entities, where each article's transaction sees everything the other committed, so the
 * graph is that of one writer loading both, with no duplicate entity.
 */
class ConcurrentWritersIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    /** Names the company "Nimbus Labs", also called "Nimbus". */
    private static Extraction first() {
        return Extractions.article("first", "en").title("Nimbus Labs ships").published("2024-03-20")
                .entity("Nimbus Labs", EntityType.Company, "Nimbus")
                .entity("Orion-3", EntityType.Model)
                .event(EventType.RELEASE, "2024-03", "Nimbus Labs released Orion-3 in March 2024.",
                        "Nimbus Labs", "maker", "Orion-3", "model")
                .build();
    }

    /** Names the same company "Nimbus", also called "Nimbus Labs". */
    private static Extraction second() {
        return Extractions.article("second", "en").title("Nimbus hires").published("2024-04-02")
                .entity("Nimbus", EntityType.Company, "Nimbus Labs")
                .entity("Dana Whitfield", EntityType.Person)
                .move("Dana Whitfield", null, "Nimbus", "2024-04", "Dana Whitfield joined Nimbus in April 2024.")
                .build();
    }

    /** Dana Whitfield leaves Vela Systems for Nimbus Labs in May 2022. */
    private static Extraction leaves() {
        return Extractions.article("leaves", "en").title("Whitfield moves").published("2022-05-20")
                .entity("Dana Whitfield", EntityType.Person)
                .entity("Vela Systems", EntityType.Company)
                .entity("Nimbus Labs", EntityType.Company)
                .move("Dana Whitfield", "Vela Systems", "Nimbus Labs", "2022-05", "Dana Whitfield left Vela Systems for Nimbus Labs in May 2022.")
                .build();
    }

    /** Dana Whitfield joins Vela Systems in 2019. */
    private static Extraction joins() {
        return Extractions.article("joins", "en").title("Vela hires").published("2019-02-01")
                .entity("Dana Whitfield", EntityType.Person)
                .entity("Vela Systems", EntityType.Company)
                .move("Dana Whitfield", null, "Vela Systems", "2019", "Dana Whitfield joined Vela Systems in 2019.")
                .build();
    }

    @Test
    void clientsOpeningAFreshDatabaseTogetherAllApplyTheSchema(@TempDir Path dir) throws Exception {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, 0, false, "neo4j", null, false)) {
            GraphSettings settings = GraphSettings.builder().uri(server.boltUri()).build();
            List<CompletableFuture<String>> clients = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try (GraphConnection graph = GraphConnection.open(settings)) {
                    return graph.target();
                }
            })).toList();

            for (CompletableFuture<String> client : clients) {
                assertThat(client.get(2, TimeUnit.MINUTES)).isEqualTo(server.boltUri());
            }
        }
    }

    @Test
    void aWriterThatStartsWhileAnotherIsMidArticleSeesItsEntitiesAndCreatesNoDuplicate(TestGraph graph) throws Exception {
        assertConcurrentLoadIsSequential(graph, first(), second(), "entities");

        assertThat(graph.run("test-entity-keys", Map.of())).extracting(r -> r.get("key").asString())
                .containsExactly("dana-whitfield", "nimbus-labs", "orion-3");
    }

    @Test
    void twoWritersOfMovesOfOnePersonDeriveTheAffiliationsOfAllHerMoves(TestGraph graph) throws Exception {
        assertConcurrentLoadIsSequential(graph, leaves(), joins(), "moves");

        assertThat(graph.run("test-affiliations", Map.of())).hasSize(2);
    }

    /**
     * Loads {@code a} then {@code b} with one writer; then again, {@code b} starting while {@code a}'s transaction
     * is open after {@code step}: the second writer must wait for the first, and the graphs must be equal.
     */
    private static void assertConcurrentLoadIsSequential(TestGraph graph, Extraction a, Extraction b, String step) throws Exception {
        // Given the graph one writer gives, loading a then b
        GraphLoader plain = new GraphLoader(graph.connection());
        plain.load(a);
        plain.load(b);
        List<String> sequential = graph.dump();
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();

        // When b is loaded by another writer while a's transaction is open after the step
        AtomicBoolean secondFinishedWhileFirstOpen = new AtomicBoolean();
        CompletableFuture<LoadOutcome> secondLoad = new CompletableFuture<>();
        GraphLoader pausing = new GraphLoader(graph.connection().driver(), name -> {
            if (name.equals(step) && !secondLoad.isDone()) {
                CompletableFuture.runAsync(() -> {
                    try {
                        secondLoad.complete(plain.load(b));
                    } catch (RuntimeException e) {
                        secondLoad.completeExceptionally(e);
                    }
                });
                try {
                    secondLoad.get(3, TimeUnit.SECONDS);
                    secondFinishedWhileFirstOpen.set(true);
                } catch (TimeoutException e) {
                    // the second writer waits for this transaction: the expected case
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        pausing.load(a);
        secondLoad.get(60, TimeUnit.SECONDS);

        // Then the second writer waited, and the graph is the sequential one
        assertThat(secondFinishedWhileFirstOpen).isFalse();
        assertThat(graph.dump()).isEqualTo(sequential);
    }
}
