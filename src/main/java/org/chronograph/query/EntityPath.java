package org.chronograph.query;

import java.util.List;
import java.util.Map;

/**
 * A shortest path between two entities: the nodes along it (entities, and the events and moves that link them)
 * and the relationships between consecutive nodes. Empty when no path is short enough.
 *
 * @param nodes         the nodes in order, from the first entity to the second
 * @param relationships the relationships in order; {@code relationships.get(i)} links {@code nodes.get(i)} and
 *                      {@code nodes.get(i + 1)}, in the direction the graph stores it
 */
public record EntityPath(List<Node> nodes, List<Link> relationships) {
    public EntityPath {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }

    /** No path. */
    public static EntityPath none() {
        return new EntityPath(List.of(), List.of());
    }

    /** True when a path was found. */
    public boolean found() {
        return !nodes.isEmpty();
    }

    /** Relationships on the path (0 when the two entities are the same, or when there is no path). */
    public int length() {
        return relationships.size();
    }

    /**
     * A node on the path.
     *
     * @param key    its key
     * @param name   an entity's name; for an event its type and date ("RELEASE 2024-03"), for a move "MOVE" and its date
     * @param labels its labels ({@code Entity} and its type, {@code Event} or {@code Move})
     */
    public record Node(String key, String name, List<String> labels) {
        public Node {
            labels = List.copyOf(labels);
        }
    }

    /**
     * A relationship on the path.
     *
     * @param type       {@code INVOLVES}, {@code OF}, {@code FROM}, {@code TO} or {@code AFFILIATED_WITH}
     * @param from       key of its start node
     * @param to         key of its end node
     * @param properties the participant's {@code role} for {@code INVOLVES}; {@code start}, {@code end} and
     *                   {@code current} for {@code AFFILIATED_WITH}; nothing for the others
     */
    public record Link(String type, String from, String to, Map<String, Object> properties) {
        public Link {
            properties = Map.copyOf(properties);
        }
    }
}
