package org.chronograph.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where the graph lives: an external Neo4j reached by URI, or the embedded one in a data directory.
 *
 * @param uri      Bolt or Neo4j URI of an external server ({@code neo4j://}, {@code bolt://}, {@code +s}, {@code +ssc});
 *                 {@code null} to run the embedded database
 * @param username user name for the server (and for the embedded database when {@code auth} is on)
 * @param password password, or {@code null} for none (the embedded database then uses the one generated in its data
 *                 directory, see {@link EmbeddedPassword}); never printed by {@link #toString()}
 * @param dataDir  directory of the embedded database (ignored with a {@code uri})
 * @param boltPort port the embedded database listens on (localhost only); {@code 0} picks a free port
 * @param auth     whether the embedded database this process starts asks for credentials (the default; off only
 *                 when the user opts out)
 * @param retryTime how long the driver retries a transaction that failed for a transient reason (connection lost,
 *                  leader changed, deadlock) before giving up; {@code null} for {@link #DEFAULT_RETRY_TIME}
 */
public record GraphSettings(String uri, String username, String password, Path dataDir, int boltPort, boolean auth,
                            Duration retryTime) {

    /** Environment variable that overrides the default data directory. */
    public static final String DATA_ENV = "CHRONOGRAPH_DATA";

    /** The driver's own default retry budget: 30 seconds. */
    public static final Duration DEFAULT_RETRY_TIME = Duration.ofSeconds(30);

    public GraphSettings {
        if (username == null || username.isBlank()) {
            username = "neo4j";
        }
        if (dataDir == null) {
            dataDir = defaultDataDir(System.getenv());
        }
        if (boltPort < 0 || boltPort > 65_535) {
            throw new IllegalArgumentException("not a port: " + boltPort);
        }
        if (uri != null && uri.isBlank()) {
            uri = null;
        }
        if (retryTime == null) {
            retryTime = DEFAULT_RETRY_TIME;
        }
        if (retryTime.isNegative()) {
            throw new IllegalArgumentException("not a retry time: " + retryTime);
        }
    }

    /** True when no URI is given and the embedded database is used. */
    public boolean embedded() {
        return uri == null;
    }

    /**
     * A builder with the defaults: embedded with authentication (the generated password), user {@code neo4j}, default
     * data directory, free port.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code $CHRONOGRAPH_DATA} when set, else {@code ~/.chronograph/data}. */
    static Path defaultDataDir(Map<String, String> env) {
        String fromEnv = env.get(DATA_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of(System.getProperty("user.home"), ".chronograph", "data");
    }

    @Override
    public String toString() {
        return "GraphSettings[uri=" + uri + ", username=" + username + ", password=" + (password == null ? "none" : "***")
                + ", dataDir=" + dataDir + ", boltPort=" + boltPort + ", auth=" + auth + ", retryTime=" + retryTime + "]";
    }

    /** Builds {@link GraphSettings}; every setter accepts {@code null} for "default". */
    public static final class Builder {
        private String uri;
        private String username;
        private String password;
        private Path dataDir;
        private int boltPort;
        private boolean auth = true;
        private Duration retryTime;

        private Builder() {
        }

        public Builder uri(String uri) {
            this.uri = uri;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder boltPort(int boltPort) {
            this.boltPort = boltPort;
            return this;
        }

        public Builder auth(boolean auth) {
            this.auth = auth;
            return this;
        }

        /** How long to retry a transaction that failed for a transient reason ({@code null}: 30 s). */
        public Builder retryTime(Duration retryTime) {
            this.retryTime = retryTime;
            return this;
        }

        public GraphSettings build() {
            return new GraphSettings(uri, username, password, dataDir, boltPort, auth, retryTime);
        }
    }
}
