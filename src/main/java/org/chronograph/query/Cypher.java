package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.Neo4jException;

/** Runs one read-only Cypher file and returns its records; driver errors become one-line project errors. */
final class Cypher {
    private Cypher() {
    }

    static List<Record> read(GraphConnection graph, String file, Map<String, Object> parameters) {
        try {
            return graph.driver().executableQuery(CypherFiles.get(file)).withParameters(parameters)
                    .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
                    .execute().records();
        } catch (Neo4jException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ChronographException("query " + file + " failed: " + message, e);
        }
    }
}
