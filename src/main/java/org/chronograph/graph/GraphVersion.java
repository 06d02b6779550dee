package org.chronograph.graph;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.chronograph.ChronographException;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The graph's version: a value that changes with every transaction that changes what the graph holds, kept on one
 * {@code GraphState} node ({@code cypher/graph-touch.cypher}). Writers call {@link #touch} last in each such
 * transaction; a reader asks {@link #current()}, which reads the node at most once per {@code maxAge} whatever the
 * number of threads asking (the others take the value read last), so that a web server can answer "not modified"
 * or a kept answer without querying the graph, at most {@code maxAge} behind the last write.
 */
public final class GraphVersion {
    /** The version of a graph no writer marked yet (empty, or loaded before the marker existed). */
    public static final String UNMARKED = "unmarked";

    private final GraphConnection graph;
    private final long maxAgeNanos;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile String version;
    private volatile long readAt;

    public GraphVersion(GraphConnection graph, Duration maxAge) {
        this.graph = graph;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** Marks the graph as changed, inside the writer's transaction (call it last: it locks the marker until commit). */
    public static void touch(TransactionContext tx) {
        tx.run(CypherFiles.get("graph-touch")).consume();
    }

    /**
     * Takes the marker's write lock until the writer's transaction ends (call it first, before reading what the graph
     * holds): writers that read, then write, then wait for one another instead of both reading the same state.
     */
    public static void lockForWriting(TransactionContext tx) {
        tx.run(CypherFiles.get("graph-write-lock")).consume();
    }

    /** Makes the next {@link #current()} read the graph: for a writer in this process that has just committed. */
    public void expire() {
        readAt = System.nanoTime() - maxAgeNanos;
    }

    /**
     * The version, read from the graph when the one read last is older than {@code maxAge} (by one thread; others
     * meanwhile take the previous value rather than wait).
     *
     * @throws ChronographException when the graph cannot be read the first time
     */
    public String current() {
        String known = version;
        if (known != null && System.nanoTime() - readAt < maxAgeNanos) {
            return known;
        }
        if (known != null && !reading.tryLock()) {
            return known;
        }
        if (known == null) {
            reading.lock();
        }
        try {
            if (version == null || System.nanoTime() - readAt >= maxAgeNanos) {
                version = read();
                readAt = System.nanoTime();
            }
            return version;
        } finally {
            reading.unlock();
        }
    }

    private String read() {
        try {
            String value = graph.driver().executableQuery(CypherFiles.get("graph-version")).execute().records().get(0)
                    .get("version").asString(null);
            return value == null ? UNMARKED : value;
        } catch (Neo4jException e) {
            throw new ChronographException("cannot read the graph's version: " + e.getMessage(), e);
        }
    }
}
