package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two writers loading articles about the same entities at the same moment: each article's transaction sees
 * everything the other committed, so the graph is that of one writer loading both, with no duplicate entity.
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

    @Test
    void aWriterThatStartsWhileAnotherIsMidArticleSeesItsEntitiesAndCreatesNoDuplicate(TestGraph graph) throws Exception {
        // Given the graph one writer gives, loading the first article then the second
        GraphLoader plain = new GraphLoader(graph.connection());
        plain.load(first());
        plain.load(second());
        List<String> sequential = graph.dump();
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();

        // When the second article is loaded while the first one's transaction is open, after its entities
        AtomicBoolean secondFinishedWhileFirstOpen = new AtomicBoolean();
        CompletableFuture<LoadOutcome> secondLoad = new CompletableFuture<>();
        GraphLoader pausing = new GraphLoader(graph.connection().driver(), step -> {
            if (step.equals("entities") && !secondLoad.isDone()) {
                CompletableFuture.runAsync(() -> {
                    try {
                        secondLoad.complete(plain.load(second()));
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
        pausing.load(first());
        secondLoad.get(60, TimeUnit.SECONDS);

        // Then the second writer waited, and the graph is the sequential one: one company, with both names
        assertThat(secondFinishedWhileFirstOpen).isFalse();
        assertThat(graph.run("test-entity-keys", Map.of())).extracting(r -> r.get("key").asString())
                .containsExactly("dana-whitfield", "nimbus-labs", "orion-3");
        assertThat(graph.dump()).isEqualTo(sequential);
    }
}
