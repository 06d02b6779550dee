package org.chronograph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;

/** Who moved where, in date order (undated last), optionally for one person or one organization (left or joined). */
public final class MovesQuery {
    /** A limit that keeps every move. */
    public static final int ALL = Integer.MAX_VALUE;

    private final GraphConnection graph;

    public MovesQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Runs the query; {@code person} and {@code org} are names, keys or aliases, or {@code null} for any.
     *
     * @throws ChronographException "no entity named 'X'" when a filter names an unknown entity
     */
    public List<MoveEntry> run(String person, String org) {
        return run(person, org, ALL);
    }

    /**
     * The first {@code limit} moves (a first page).
     *
     * @throws ChronographException "no entity named 'X'" when a filter names an unknown entity
     */
    public List<MoveEntry> run(String person, String org, int limit) {
        EntityResolver resolver = new EntityResolver(graph);
        Map<String, Object> p = new HashMap<>();
        p.put("person", blank(person) ? null : resolver.resolve(person).key());
        p.put("org", blank(org) ? null : resolver.resolve(org).key());
        p.put("limit", (long) Math.max(0, limit));
        // one query shape per filter, so that each starts from the person, the organization, or all moves
        String file = p.get("person") != null ? "moves-person" : p.get("org") != null ? "moves-org" : "moves";
        return Cypher.read(graph, file, p).stream().map(r -> new MoveEntry(
                r.get("key").asString(), r.get("personKey").asString(), r.get("person").asString(),
                r.get("fromKey").asString(null), r.get("from").asString(null),
                r.get("toKey").asString(null), r.get("to").asString(null),
                r.get("date").asString(null), r.get("precision").asString(null), r.get("mod").asString(null),
                TimelineQuery.reports(r.get("reports")))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
