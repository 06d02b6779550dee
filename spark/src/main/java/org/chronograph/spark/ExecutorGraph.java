package org.chronograph.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chronograph.graph.GraphConnection;

/**
 * The graph connections of this JVM, one per target: opened by the first task that writes (or checks what is
 * stored), shared by the executor's tasks (a driver is thread-safe and pools its connections), closed when the JVM
 * stops or, in local mode, when the job ends.
 */
final class ExecutorGraph {
    private static final Map<GraphTarget, GraphConnection> OPEN = new LinkedHashMap<>();

    private ExecutorGraph() {
    }

    static synchronized GraphConnection get(GraphTarget target) {
        return OPEN.computeIfAbsent(target, t -> GraphConnection.open(t.settings()));
    }

    /** Closes this JVM's connections (local mode: before the driver stops the embedded database they use). */
    static synchronized void closeAll() {
        try {
            OPEN.values().forEach(GraphConnection::close);
        } finally {
            OPEN.clear();
        }
    }
}
