package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the graph: the embedded database, sharing it between clients, auth, and the errors users see. */
class GraphConnectionIT {

    @Test
    void aSecondClientOfTheSameDataDirectoryReachesTheRunningDatabaseOverBolt(@TempDir Path dir) {
        try (GraphConnection first = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
            new GraphLoader(first).load(Stories.nimbusFrench());

            try (GraphConnection second = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
                assertThat(first.ownsEmbedded()).isTrue();
                assertThat(second.ownsEmbedded()).isFalse();
                assertThat(second.target()).contains("shared");
                assertThat(count(second)).isEqualTo(count(first)).isPositive();
            }
            assertThat(count(first)).isPositive();
        }
        assertThat(Files.exists(dir.resolve(EmbeddedNeo4j.PORT_FILE))).isFalse();
    }

    @Test
    void aLockedStoreWhoseOwnerCannotBeReachedIsAOneLineError(@TempDir Path dir) throws Exception {
        try (GraphConnection owner = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
            Files.delete(dir.resolve(EmbeddedNeo4j.PORT_FILE));

            assertThatThrownBy(() -> GraphConnection.open(GraphSettings.builder().dataDir(dir).retryTime(Duration.ofSeconds(1)).build()))
                    .isInstanceOf(ChronographException.class)
                    .hasMessage("the data directory " + dir + " is in use by another process");
            assertThat(count(owner)).isZero();
        }
    }

    @Test
    void theEmbeddedDatabaseWithAuthAcceptsTheRightPasswordOnly(@TempDir Path dir) {
        GraphSettings right = GraphSettings.builder().dataDir(dir).auth(true).password("correct-horse").build();
        try (GraphConnection graph = GraphConnection.open(right)) {
            assertThat(count(graph)).isZero();
        }

        GraphSettings wrong = GraphSettings.builder().dataDir(dir).auth(true).password("battery-staple").build();
        assertThatThrownBy(() -> GraphConnection.open(wrong))
                .isInstanceOf(ChronographException.class)
                .hasMessageStartingWith("the embedded database refused the credentials of user 'neo4j'");
    }

    @Test
    void anUnreachableServerIsAOneLineError() {
        assertThatThrownBy(() -> GraphConnection.open(GraphSettings.builder().uri("bolt://localhost:1").build()))
                .isInstanceOf(ChronographException.class)
                .hasMessageStartingWith("cannot reach Neo4j at bolt://localhost:1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void theOwnerOfTheEmbeddedDatabaseReadsItsWholeStoreIntoThePageCacheOthersLeaveItToTheOwner(@TempDir Path dir)
            throws Exception {
        try (GraphConnection graph = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
            new GraphLoader(graph).load(Stories.nimbusFrench());
        }
        try (GraphConnection graph = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
            CacheWarmUp warmUp = graph.warmPageCache().orElseThrow();
            CacheWarmUp.Outcome outcome = warmUp.await(Duration.ofMinutes(2)).orElseThrow();

            assertThat(outcome.skipped()).isNull();
            assertThat(graph.warmPageCache()).containsSame(warmUp);
            // every page of the stores the database has mapped, the largest store file among them
            long propertyStore = Files.size(dir.resolve("data/databases/neo4j/neostore.propertystore.db"));
            assertThat(outcome.bytes()).isGreaterThanOrEqualTo(propertyStore).isEqualTo(outcome.pages() * 8192);
            assertThat(outcome.describe()).startsWith("page cache: read ").contains(" MB of store in ");
            try (GraphConnection other = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
                assertThat(other.warmPageCache()).isEmpty();
            }
            assertThat(count(graph)).isPositive();
        }
    }

    private static long count(GraphConnection graph) {
        return graph.driver().executableQuery("MATCH (n) RETURN count(n) AS n").execute().records().get(0).get("n").asLong();
    }
}
