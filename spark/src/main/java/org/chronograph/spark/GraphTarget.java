package org.chronograph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.chronograph.graph.GraphSettings;

/**
 * The Neo4j the job loads, as the executors reach it: a server or cluster by URI ({@code neo4j://} routes each write
 * to the leader), or, in local mode, the embedded database of a data directory (started by the driver, reached by
 * the tasks over its Bolt port, as a second {@code ingest} process would). The password travels inside the job's
 * tasks and is never printed.
 *
 * @param uri          the server's URI, or {@code null} for the embedded database
 * @param user         user name
 * @param password     password, or {@code null}
 * @param dataDir      the embedded database's directory (with no URI)
 * @param retrySeconds how long a transaction that failed for a transient reason is retried
 */
record GraphTarget(String uri, String user, String password, String dataDir, int retrySeconds) implements Serializable {

    GraphTarget {
        if ((uri == null) == (dataDir == null)) {
            throw new IllegalArgumentException("a graph target has a URI or a data directory, not both or neither");
        }
    }

    boolean embedded() {
        return uri == null;
    }

    GraphSettings settings() {
        return GraphSettings.builder().uri(uri).username(user).password(password)
                .dataDir(dataDir == null ? null : Path.of(dataDir))
                .retryTime(Duration.ofSeconds(retrySeconds)).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphTarget t && Objects.equals(uri, t.uri) && Objects.equals(user, t.user)
                && Objects.equals(password, t.password) && Objects.equals(dataDir, t.dataDir) && retrySeconds == t.retrySeconds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, user, dataDir, retrySeconds);
    }

    @Override
    public String toString() {
        return embedded() ? "the embedded database in " + dataDir : uri + " as " + user;
    }
}
