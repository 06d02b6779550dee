package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Stories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on the embedded database in a data directory, started by the command itself or by another client. */
class CliDataDirIT {

    @Test
    void aCommandRunsOnTheEmbeddedDatabaseInTheDataDirectory(@TempDir Path dir) {
        try (GraphConnection graph = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
            new GraphLoader(graph).loadAll(List.of(Stories.nimbusEnglish(), Stories.helixPartnership()));
        }

        Cli timeline = Cli.run("timeline", "Orion-3", "--data", dir.toString(), "--uri=");

        assertThat(timeline.err()).isEmpty();
        assertThat(timeline.exitCode()).isZero();
        assertThat(timeline.lines()).hasSize(3);
        assertThat(timeline.lines().get(2)).contains("2024-03", "RELEASE", "Orion-3 (model)");
    }

    @Test
    void aCommandReachesTheDatabaseAnotherClientHasOpen(@TempDir Path dir) {
        try (GraphConnection graph = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
            new GraphLoader(graph).load(Stories.nimbusEnglish());

            Cli stats = Cli.run("stats", "--data", dir.toString(), "--uri=", "--format", "json");

            assertThat(stats.exitCode()).isZero();
            assertThat(stats.out()).contains("shared with the process that has " + dir + " open");
            assertThat(stats.out()).contains("\"articles\" : 1");
        }
    }
}
