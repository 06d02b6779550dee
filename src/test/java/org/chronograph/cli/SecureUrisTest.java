package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Encrypted URIs ({@code neo4j+s}, {@code bolt+s}, and the self-signed variants) are accepted; when nothing listens,
 * the error is one line naming the URI, without a stack trace, and never shows the password.
 */
class SecureUrisTest {

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"neo4j+s", "bolt+s", "neo4j+ssc", "bolt+ssc"})
    void aSecureUriToAClosedPortIsAOneLineConnectionError(String scheme) throws IOException {
        String uri = scheme + "://127.0.0.1:" + closedPort();

        Cli cli = Cli.run("stats", "--uri", uri, "--user", "reader", "--retry-seconds", "1");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("chronograph: cannot reach Neo4j at " + uri);
        BadInputCliIT.assertNoStackTrace(cli.err());
    }
}
