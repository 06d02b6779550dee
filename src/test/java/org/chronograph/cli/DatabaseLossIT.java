package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database stops under a running {@code ingest} that reaches it over Bolt through the port file of its data
 * directory: once the retry time is spent the command ends with one line and exit code 1, and every article it
 * stored is whole.
 */
class DatabaseLossIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final int ARTICLES = 16;

    @TempDir
    Path dir;

    @Test
    void anIngestWhoseDatabaseStopsEndsWithOneLineAndNothingHalfWritten(TestGraph reference) throws Exception {
        Path data = dir.resolve("data");
        TemplateCorpus.loadClean(reference.connection(), 0, ARTICLES);
        Map<String, List<String>> clean = reference.articleFacts();

        // Given an ingest writing over Bolt to the database that holds its data directory (found through the port
        // file), with a retry time of 3 seconds
        EmbeddedNeo4j server = EmbeddedNeo4j.start(data, 0, false, "neo4j", null, false);
        Cli cli;
        long stoppedAt;
        try (server) {
            CompletableFuture<Cli> run = CompletableFuture.supplyAsync(() -> Cli.run(TemplateCorpus.ingest(0, ARTICLES,
                    "--data", data.toString(), "--threads", "1", "--retry-seconds", "3")));
            try (GraphConnection view = GraphConnection.open(GraphSettings.builder().uri(server.boltUri()).build())) {
                RunningGraph.awaitArticles(view, 2, () -> !run.isDone(), () -> String.valueOf(run.getNow(null)), Duration.ofMinutes(3));
            }

            // When the database stops under it
            server.close();
            stoppedAt = System.nanoTime();
            cli = run.get(3, TimeUnit.MINUTES);
        }

        // Then the command ends soon after the retry time, with one line and exit code 1
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(90));
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(1);
        assertThat(cli.err().lines()).singleElement().asString()
                .startsWith("chronograph: the database became unavailable while ")
                .contains("did not come back in time");
        BadInputCliIT.assertNoStackTrace(cli.err());

        // And every article it stored is whole
        try (GraphConnection reopened = GraphConnection.open(GraphSettings.builder().dataDir(data).build())) {
            Map<String, List<String>> stored = new TestGraph(reopened, null, data).articleFacts();
            assertThat(stored.size()).isBetween(2, ARTICLES - 1);
            stored.forEach((id, facts) -> assertThat(facts).as(id).isEqualTo(clean.get(id)));
        }
    }
}
