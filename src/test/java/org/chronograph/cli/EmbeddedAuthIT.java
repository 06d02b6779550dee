package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.EmbeddedNeo4j;
import org.chronograph.graph.EmbeddedPassword;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Stories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded database asks for credentials by default: a Bolt connection without them (or with a wrong password) is
 * refused, the password is generated on first use in the data directory (owner-only), every command uses it without
 * being told, also through another process's port, and {@code bolt} says how to connect; {@code --no-auth} opts out.
 */
class EmbeddedAuthIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void anUnauthenticatedBoltConnectionIsRefusedByDefaultAndTheCommandsStillWork() throws Exception {
        Path data = dir.resolve("data");

        // Given a data directory a command uses for the first time
        Cli first = Cli.run("stats", "--data", data.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path passwordFile = data.resolve(EmbeddedPassword.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        String password = EmbeddedPassword.read(data).orElseThrow();

        // When another process serves it with `bolt`
        try (ChildCli bolt = ChildCli.start(dir.resolve("logs"), "bolt", Map.of(), "bolt", "--data", data.toString(),
                "--format", "json")) {
            JsonNode access = awaitJson(bolt);
            String uri = access.get("uri").asText();
            assertThat(uri).isEqualTo("bolt://localhost:" + EmbeddedNeo4j.runningPort(data).orElseThrow());
            assertThat(access.get("user").asText()).isEqualTo("neo4j");
            assertThat(access.get("authentication").asBoolean()).isTrue();
            assertThat(access.get("passwordFile").asText()).isEqualTo(passwordFile.toString());
            assertThat(bolt.out()).doesNotContain(password);

            // Then a connection without credentials, or with a wrong password, is refused
            assertRefused(uri, AuthTokens.none());
            assertRefused(uri, AuthTokens.basic("neo4j", "neo4j"));
            assertRefused(uri, AuthTokens.basic("neo4j", password + "x"));

            // And one with the generated password gets in, as every command does without being given it
            try (GraphConnection writer = GraphConnection.open(GraphSettings.builder().dataDir(data).build())) {
                assertThat(writer.ownsEmbedded()).isFalse();
                new GraphLoader(writer).loadAll(List.of(Stories.nimbusEnglish()));
            }
            Cli timeline = Cli.run("timeline", "--data", data.toString(), "--format", "csv");
            assertThat(timeline.exitCode()).as(timeline.err()).isZero();
            assertThat(timeline.out()).contains("RELEASE", "Nimbus Labs");
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
                driver.verifyConnectivity();
                long articles = driver.executableQuery("MATCH (a:Article) RETURN count(a) AS n").execute()
                        .records().get(0).get("n").asLong();
                assertThat(articles).isEqualTo(1);
            }

            // And the plain-text instructions name the URI, the user and the password file, not the password
            Cli text = Cli.run("bolt", "--data", data.toString());
            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).contains(uri, "user      neo4j", passwordFile.toString(), "cypher-shell -a " + uri + " -u neo4j")
                    .contains("served by the Chronograph process that has it open").doesNotContain(password);

            bolt.signal("TERM");
            bolt.exitCode(Duration.ofMinutes(1));
        }
        assertThat(EmbeddedNeo4j.runningPort(data)).isEmpty();
    }

    @Test
    void noAuthStartsTheEmbeddedDatabaseWithoutCredentials() throws Exception {
        Path data = dir.resolve("open");
        try (ChildCli bolt = ChildCli.start(dir.resolve("logs"), "bolt-open", Map.of(), "bolt", "--data", data.toString(),
                "--no-auth", "--format", "json")) {
            JsonNode access = awaitJson(bolt);
            assertThat(access.get("authentication").asBoolean()).isFalse();
            try (Driver driver = GraphDatabase.driver(access.get("uri").asText(), AuthTokens.none())) {
                driver.verifyConnectivity();
            }
            Cli stats = Cli.run("stats", "--data", data.toString());
            assertThat(stats.exitCode()).as(stats.err()).isZero();
            bolt.signal("TERM");
            bolt.exitCode(Duration.ofMinutes(1));
        }
        assertThat(data.resolve(EmbeddedPassword.FILE)).doesNotExist();
    }

    private static void assertRefused(String uri, AuthToken token) {
        try (Driver driver = GraphDatabase.driver(uri, token)) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    /** The JSON object `bolt --format json` prints once its database answers. */
    private static JsonNode awaitJson(ChildCli bolt) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String out = bolt.out();
            if (out.strip().endsWith("}")) {
                try {
                    return JSON.readTree(out);
                } catch (java.io.IOException e) {
                    // not all written yet
                }
            }
            if (!bolt.isAlive()) {
                throw new AssertionError("bolt ended: " + bolt.err());
            }
            RunningGraph.pause(200);
        }
        throw new AssertionError("bolt printed no access within 2 minutes: " + bolt.err());
    }
}
