package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords come from the environment or a file and are never shown or logged; the embedded database asks for
 * them (a password given replaces the generated one), also through the port-file fallback; its Bolt connector listens on the
 * loopback interface only; an encrypted URI to a server without TLS is a one-line error.
 */
class SecurityIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final String ENV_SECRET = "env-Secret-7f3a9";
    private static final String FILE_SECRET = "file-Secret-c41d2";
    private static final String WRONG_SECRET = "wrong-Secret-95e0b";

    @TempDir
    Path dir;

    @Test
    void thePasswordFromTheEnvironmentIsNeverShown(TestGraph graph) {
        Path logs = dir.resolve("logs");
        Map<String, String> env = Map.of("NEO4J_PASSWORD", ENV_SECRET);

        // Given the password in the environment, when a command fails to connect, and one succeeds, with --verbose
        List<ChildCli> children = List.of(
                ChildCli.start(logs, "unreachable", env, "stats", "--uri", "bolt://127.0.0.1:1", "--verbose"),
                ChildCli.start(logs, "server", env, "stats", "--uri", graph.uri(), "--verbose"));
        List<Integer> exits = new ArrayList<>();
        for (ChildCli child : children) {
            try (child) {
                exits.add(child.exitCode(Duration.ofMinutes(3)));
                // Then the password is in no output, not even in a stack trace
                assertThat(child.out() + child.err()).doesNotContain(ENV_SECRET);
            }
        }

        assertThat(exits).containsExactly(1, 0);
        assertThat(children.get(0).err()).contains("\tat ");
    }

    @Test
    void theEmbeddedDatabaseWithAuthRefusesAWrongPasswordAlsoThroughThePortFile() throws IOException {
        Path data = dir.resolve("data");
        Path right = Files.writeString(dir.resolve("right"), FILE_SECRET + "\n");
        Path wrong = Files.writeString(dir.resolve("wrong"), WRONG_SECRET + "\n");

        // Given an embedded database whose first start with auth set the password
        GraphSettings owner = GraphSettings.builder().dataDir(data).auth(true).password(FILE_SECRET).build();
        List<Cli> runs = new ArrayList<>();
        try (GraphConnection running = GraphConnection.open(owner)) {
            assertThat(running.ownsEmbedded()).isTrue();

            // When other processes reach it through its port file, with the wrong password, or the right one from a file
            Cli intruder = Cli.run("stats", "--data", data.toString(), "--password-file", wrong.toString());
            Cli intruderVerbose = Cli.run("stats", "--data", data.toString(), "--password-file", wrong.toString(), "--verbose");
            Cli friend = Cli.run("stats", "--data", data.toString(), "--password-file", right.toString(), "--format", "json");
            runs.addAll(List.of(intruder, intruderVerbose, friend));

            // Then the wrong one is refused on one line, and the right one gets in
            assertThat(intruder.exitCode()).isEqualTo(1);
            assertThat(intruder.err().lines()).singleElement().asString().startsWith(
                    "chronograph: the database running on " + data + " refused the credentials of user 'neo4j' (its password is in ");
            assertThat(intruderVerbose.exitCode()).isEqualTo(1);
            assertThat(friend.exitCode()).as(friend.err()).isZero();
            assertThat(friend.out()).contains("shared with the process that has " + data + " open");
        }

        // And neither password shows in any output, nor in any file of the data directory
        for (Cli cli : runs) {
            assertThat(cli.out() + cli.err()).doesNotContain(FILE_SECRET).doesNotContain(WRONG_SECRET);
        }
        assertThat(filesContaining(data, FILE_SECRET)).isEmpty();
        assertThat(filesContaining(data, WRONG_SECRET)).isEmpty();
    }

    @Test
    void theEmbeddedBoltConnectorListensOnTheLoopbackInterfaceOnly(TestGraph graph) throws IOException {
        int port = URI.create(graph.uri()).getPort();
        List<InetAddress> others = nonLoopbackAddresses();
        assumeFalse(others.isEmpty(), "this machine has no network interface besides loopback");

        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
        }
        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 2_000);
                throw new AssertionError("Bolt answers on " + address + ":" + port);
            } catch (ConnectException expected) {
                // refused: nothing listens there
            }
        }
    }

    @Test
    void anEncryptedUriToTheServerWithoutTlsIsAOneLineError(TestGraph graph) {
        int port = URI.create(graph.uri()).getPort();

        for (String scheme : List.of("bolt+s", "neo4j+s", "bolt+ssc")) {
            Cli cli = Cli.run("stats", "--uri", scheme + "://localhost:" + port, "--retry-seconds", "1");

            assertThat(cli.exitCode()).as(cli.err()).isEqualTo(1);
            assertThat(cli.err().lines()).singleElement().asString().startsWith("chronograph: cannot ");
            BadInputCliIT.assertNoStackTrace(cli.err());
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    /** Files under {@code root} whose bytes contain {@code text} (UTF-8). */
    private static List<Path> filesContaining(Path root, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> contains(f, needle)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
