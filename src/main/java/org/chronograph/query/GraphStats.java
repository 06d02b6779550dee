package org.chronograph.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * What the graph holds: counts of articles, entities by type, events, moves and the rest.
 *
 * @param articles       article nodes
 * @param entitiesByType entity nodes per type, by type name in alphabetical order
 * @param events         event nodes
 * @param moves          move nodes
 * @param aliases        alias nodes
 * @param affiliations   affiliation relationships
 * @param nodes          all nodes
 * @param relationships  all relationships
 */
public record GraphStats(long articles, Map<String, Long> entitiesByType, long events, long moves, long aliases,
                         long affiliations, long nodes, long relationships) {
    public GraphStats {
        entitiesByType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entitiesByType));
    }

    /** Counts the graph behind the connection. */
    public static GraphStats fetch(GraphConnection graph) {
        try {
            Record r = graph.driver().executableQuery(CypherFiles.get("stats")).execute().records().get(0);
            Map<String, Long> byType = new LinkedHashMap<>();
            for (Value entry : r.get("entities").values()) {
                byType.put(entry.get("type").asString(), entry.get("count").asLong());
            }
            return new GraphStats(r.get("articles").asLong(), byType, r.get("events").asLong(), r.get("moves").asLong(),
                    r.get("aliases").asLong(), r.get("affiliations").asLong(), r.get("nodes").asLong(),
                    r.get("relationships").asLong());
        } catch (Neo4jException e) {
            throw new ChronographException("cannot count the graph: " + e.getMessage(), e);
        }
    }

    /** All entities, whatever their type. */
    public long entities() {
        return entitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Entities of one type (0 when none). */
    public long entities(String type) {
        return entitiesByType.getOrDefault(type, 0L);
    }
}
