package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * How two entities are connected: the shortest path between them through the events they take part in, the moves
 * of people and their affiliations (never through articles or aliases).
 */
public final class PathQuery {
    /** The longest path searched for, in relationships (an entity, an event and another entity are 2 apart). */
    public static final int MAX_HOPS = 12;

    private final GraphConnection graph;

    public PathQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The shortest path from {@code from} to {@code to} (names, keys or aliases) of at most {@code maxHops}
     * relationships; {@link EntityPath#none()} when there is none. The same entity twice gives a path of one node.
     *
     * @throws ChronographException "no entity named 'X'" when a name is unknown, or when {@code maxHops} is not
     *                              between 1 and {@value #MAX_HOPS}
     */
    public EntityPath run(String from, String to, int maxHops) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new ChronographException("the longest path searched for is 1 to " + MAX_HOPS + " steps, not " + maxHops);
        }
        EntityResolver resolver = new EntityResolver(graph);
        ResolvedEntity a = resolver.resolve(from);
        ResolvedEntity b = resolver.resolve(to);
        if (a.key().equals(b.key())) {
            return new EntityPath(List.of(new EntityPath.Node(a.key(), a.name(), List.of("Entity", a.type()))), List.of());
        }
        List<Record> rows = Cypher.read(graph, "path", Map.of("from", a.key(), "to", b.key(), "maxHops", (long) maxHops));
        if (rows.isEmpty()) {
            return EntityPath.none();
        }
        Record r = rows.get(0);
        return new EntityPath(r.get("nodes").asList(PathQuery::node), r.get("relationships").asList(PathQuery::link));
    }

    private static EntityPath.Node node(Value v) {
        return new EntityPath.Node(v.get("key").asString(null), v.get("name").asString(null), v.get("labels").asList(Value::asString));
    }

    private static EntityPath.Link link(Value v) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        v.get("properties").asMap(x -> x.isNull() ? null : x.asObject()).forEach((k, x) -> {
            if (x != null) properties.put(k, x);
        });
        return new EntityPath.Link(v.get("type").asString(), v.get("from").asString(null), v.get("to").asString(null), properties);
    }
}
