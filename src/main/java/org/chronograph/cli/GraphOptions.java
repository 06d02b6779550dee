package org.chronograph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.EmbeddedPassword;
import org.chronograph.graph.GraphSettings;
import picocli.CommandLine.Option;

/**
 * Where the graph is: {@code --data DIR} for the embedded database, or {@code --uri} (env {@code NEO4J_URI}),
 * {@code --user} (env {@code NEO4J_USERNAME}) and a password from env {@code NEO4J_PASSWORD} or
 * {@code --password-file} for an external Neo4j. The password is never a plain flag. The embedded database asks for
 * credentials unless {@code --no-auth}: without a password given, the one generated in its data directory.
 */
public final class GraphOptions {
    /** Environment variable holding the password. */
    public static final String PASSWORD_ENV = "NEO4J_PASSWORD";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded database (default: $CHRONOGRAPH_DATA, else ~/.chronograph/data).")
    Path dataDir;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "External Neo4j (neo4j://, bolt://, neo4j+s://, ...; env NEO4J_URI). Without it the embedded database runs.")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
            description = "User name (env NEO4J_USERNAME; default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password (else env NEO4J_PASSWORD).")
    Path passwordFile;

    @Option(names = "--auth", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = {"The embedded database asks for the user and password (the default): the password is generated on "
                    + "first use and kept in DIR/" + EmbeddedPassword.FILE + " (readable by you only), and every command "
                    + "uses it; --no-auth starts it without authentication (any local process can then read and write the graph)."})
    boolean auth = true;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "0",
            description = "Bolt port of the embedded database, on localhost (default: a free port).")
    int boltPort;

    @Option(names = "--retry-seconds", paramLabel = "N", defaultValue = "30",
            description = "How long to retry a write or read that failed for a transient reason (connection lost, "
                    + "leader change, deadlock) before giving up (default: ${DEFAULT-VALUE}).")
    int retrySeconds = 30;

    /** Settings from the options and the process environment. */
    public GraphSettings settings() {
        return settings(System.getenv());
    }

    /**
     * Settings from the options and the given environment.
     *
     * @throws ChronographException when the password file cannot be read
     */
    GraphSettings settings(Map<String, String> env) {
        return GraphSettings.builder()
                .uri(uri)
                .username(user)
                .password(password(env))
                .dataDir(dataDir)
                .boltPort(boltPort)
                .auth(auth)
                .retryTime(java.time.Duration.ofSeconds(Math.max(0, retrySeconds)))
                .build();
    }

    private String password(Map<String, String> env) {
        if (passwordFile != null) {
            try {
                return Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new ChronographException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
            }
        }
        String fromEnv = env.get(PASSWORD_ENV);
        return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
    }
}
