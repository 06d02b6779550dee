package org.chronograph.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Value;

/**
 * The whole graph in memory, for export: entities, events, moves and articles, and the relationships between them
 * (aliases are left out). Property values are strings, longs, doubles, booleans, {@link java.time.LocalDate}s or
 * lists of those.
 *
 * @param nodes the nodes, by id
 * @param edges the relationships, by source, type and target
 */
public record GraphSnapshot(List<Node> nodes, List<Edge> edges) {
    public GraphSnapshot {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Reads the graph behind the connection. */
    public static GraphSnapshot fetch(GraphConnection graph) {
        List<Node> nodes = Cypher.read(graph, "export-nodes", Map.of()).stream().map(r -> new Node(
                r.get("id").asString(), r.get("labels").asList(Value::asString), properties(r.get("properties")))).toList();
        List<Edge> edges = Cypher.read(graph, "export-edges", Map.of()).stream().map(r -> new Edge(
                r.get("source").asString(), r.get("target").asString(), r.get("type").asString(),
                properties(r.get("properties")))).toList();
        return new GraphSnapshot(nodes, edges);
    }

    /** The properties that are set (a projection names some that a node may lack). */
    private static Map<String, Object> properties(Value value) {
        Map<String, Object> properties = new TreeMap<>(value.asMap(Value::asObject));
        properties.values().removeIf(java.util.Objects::isNull);
        return properties;
    }

    /**
     * A node.
     *
     * @param id         {@code entity:KEY}, {@code event:KEY}, {@code move:KEY} or {@code article:ID}
     * @param labels     its labels
     * @param properties its properties, by name
     */
    public record Node(String id, List<String> labels, Map<String, Object> properties) {
        public Node {
            labels = List.copyOf(labels);
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    /**
     * A relationship.
     *
     * @param source     id of the node it starts at
     * @param target     id of the node it ends at
     * @param type       its type ({@code INVOLVES}, {@code REPORTED_IN}, ...)
     * @param properties its properties, by name
     */
    public record Edge(String source, String target, String type, Map<String, Object> properties) {
        public Edge {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }
}
