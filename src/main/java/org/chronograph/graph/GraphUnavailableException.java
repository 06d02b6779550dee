package org.chronograph.graph;

import org.chronograph.ChronographException;

/**
 * The database went away and did not come back within the retry time (the server stopped, the network or the
 * cluster leader was lost for too long, deadlocks kept coming back). Unlike a failure of one article, it ends a
 * run: the next articles would fail the same way. Whatever transaction was open was rolled back.
 */
public final class GraphUnavailableException extends ChronographException {
    private static final long serialVersionUID = 1L;

    GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
