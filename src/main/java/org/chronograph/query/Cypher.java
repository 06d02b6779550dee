package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Runs one read-only Cypher file and returns its records; driver errors become one-line project errors.
 * Each query runs as one auto-commit read: one round trip to the server, where a managed transaction takes
 * two or three (reads are not retried; they have nothing to undo).
 */
final class Cypher {
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private Cypher() {
    }

    static List<Record> read(GraphConnection graph, String file, Map<String, Object> parameters) {
        try (Session session = graph.driver().session(READ)) {
            return session.run(CypherFiles.get(file), parameters).list();
        } catch (Neo4jException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ChronographException("query " + file + " failed: " + message, e);
        }
    }
}
