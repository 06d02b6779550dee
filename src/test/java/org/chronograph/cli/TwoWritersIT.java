package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ingest} processes writing overlapping articles about the same people and companies into one data
 * directory at the same time, both reaching the database through the port file of the process that holds the
 * store: no duplicate entity, and the graph of one process ingesting everything.
 */
class TwoWritersIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingTheSameEntitiesGiveTheGraphOfOneWriter(TestGraph reference) {
        Path data = dir.resolve("data");

        // Given the graph of one writer ingesting all 24 articles
        TemplateCorpus.loadClean(reference.connection(), 0, 24);
        List<String> oneWriter = reference.canonicalDump();

        // When this JVM holds the store, a child process ingests articles 0-19 and, once it writes, this JVM
        // ingests articles 12-23 (both through the port file), then closes the store while the child still writes
        ChildCli child;
        Cli second;
        boolean childRanPastTheSecond;
        GraphConnection owner = GraphConnection.open(GraphSettings.builder().dataDir(data).build());
        try (owner) {
            child = ChildCli.start(Path.of("target", "it-logs", "TwoWritersIT"), "first", Map.of(),
                    TemplateCorpus.ingest(0, 20, "--data", data.toString(), "--threads", "1"));
            RunningGraph.awaitArticles(owner, 2, child, PATIENCE);
            second = Cli.run(TemplateCorpus.ingest(12, 24, "--data", data.toString(), "--threads", "2"));
            childRanPastTheSecond = child.isAlive();
        }
        int childExit = child.exitCode(Duration.ofSeconds(30));

        // Then both succeed: the store stayed open until the child was done
        assertThat(childRanPastTheSecond).as("the child still writes when this JVM closes the store").isTrue();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(childExit).as(child.err()).isZero();
        assertThat(child.err()).isEmpty();
        assertThat(InterruptedIngestIT.count(child.out(), "articles")).isEqualTo(20);
        assertThat(InterruptedIngestIT.count(second.out(), "articles")).isEqualTo(12);

        // And the graph is the one writer's: no entity twice, nothing lost
        try (GraphConnection after = GraphConnection.open(GraphSettings.builder().dataDir(data).build())) {
            TestGraph graph = new TestGraph(after, null, data);
            assertThat(graph.canonicalDump()).isEqualTo(oneWriter);
            assertThat(graph.run("test-entity-keys", Map.of())).extracting(r -> r.get("key").asString()).doesNotHaveDuplicates();
        }
    }
}
