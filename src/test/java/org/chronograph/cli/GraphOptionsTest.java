package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GraphOptionsTest {

    @Test
    void withNoOptionsTheEmbeddedDatabaseRunsWithoutPassword() {
        GraphSettings settings = parse().settings(Map.of());

        assertThat(settings.username()).isEqualTo("neo4j");
        assertThat(settings.password()).isNull();
        assertThat(settings.boltPort()).isZero();
    }

    @Test
    void theOptionsGiveAnExternalServer() {
        GraphSettings settings = parse("--uri", "neo4j+s://db.example.org", "--user", "reader").settings(Map.of());

        assertThat(settings.embedded()).isFalse();
        assertThat(settings.uri()).isEqualTo("neo4j+s://db.example.org");
        assertThat(settings.username()).isEqualTo("reader");
    }

    @Test
    void thePasswordComesFromTheEnvironment() {
        GraphSettings settings = parse("--data", "/tmp/x").settings(Map.of("NEO4J_PASSWORD", "s3cret"));

        assertThat(settings.password()).isEqualTo("s3cret");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void aPasswordFileWinsOverTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");

        GraphSettings settings = parse("--password-file", file.toString()).settings(Map.of("NEO4J_PASSWORD", "from-env"));

        assertThat(settings.password()).isEqualTo("from-file");
    }

    @Test
    void aMissingPasswordFileIsAnError(@TempDir Path dir) {
        GraphOptions options = parse("--password-file", dir.resolve("absent").toString());

        assertThatThrownBy(() -> options.settings(Map.of())).isInstanceOf(ChronographException.class)
                .hasMessageContaining("cannot read the password file");
    }

    @Test
    void theRetryTimeIsThirtySecondsUnlessGiven() {
        assertThat(parse().settings(Map.of()).retryTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(parse("--retry-seconds", "5").settings(Map.of()).retryTime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(GraphSettings.builder().build().retryTime()).isEqualTo(GraphSettings.DEFAULT_RETRY_TIME);
    }

    @Test
    void thereIsNoPasswordFlag() {
        assertThatThrownBy(() -> parse("--password", "x")).isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    }

    private static GraphOptions parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.options;
    }

    @CommandLine.Command(name = "holder")
    static final class Holder {
        @CommandLine.Mixin
        GraphOptions options;
    }
}
