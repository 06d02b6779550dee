package org.chronograph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;

/** Who moved where, in date order (undated last), filtered by person, origin, destination, organization and period. */
public final class MovesQuery {
    /** A limit that keeps every move. */
    public static final int ALL = Integer.MAX_VALUE;

    private final GraphConnection graph;

    public MovesQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * One person's moves, or those from or to one organization; names, keys or aliases, or {@code null} for any.
     *
     * @throws UnknownEntityException when a filter names an unknown entity
     */
    public List<MoveEntry> run(String person, String org) {
        return run(MovesFilter.of(person, org));
    }

    /**
     * The moves the filter keeps.
     *
     * @throws UnknownEntityException when the filter names an unknown entity
     */
    public List<MoveEntry> run(MovesFilter filter) {
        return run(filter, ALL);
    }

    /**
     * The first {@code limit} moves the filter keeps (a first page).
     *
     * @throws UnknownEntityException when the filter names an unknown entity
     */
    public List<MoveEntry> run(MovesFilter filter, int limit) {
        Map<String, Object> p = parameters(graph, filter);
        p.put("limit", (long) Math.max(0, limit));
        Object anchor = p.get("anchor");
        // one query shape per filter, so that each starts from its index: the person, an organization, or all moves
        String file = p.get("person") != null ? "moves-person" : anchor != null ? "moves-org" : "moves";
        return Cypher.read(graph, file, p).stream().map(r -> new MoveEntry(
                r.get("key").asString(), r.get("personKey").asString(), r.get("person").asString(),
                r.get("fromKey").asString(null), r.get("from").asString(null),
                r.get("toKey").asString(null), r.get("to").asString(null),
                r.get("date").asString(null), r.get("precision").asString(null), r.get("mod").asString(null),
                TimelineQuery.reports(r.get("reports")))).toList();
    }

    /** The Cypher parameters of a filter, its entities resolved to keys (shared with {@link FlowsQuery}). */
    static Map<String, Object> parameters(GraphConnection graph, MovesFilter filter) {
        EntityResolver resolver = new EntityResolver(graph);
        Map<String, Object> p = new HashMap<>();
        p.put("person", filter.person() == null ? null : resolver.resolve(filter.person()).key());
        p.put("origin", filter.origin() == null ? null : resolver.resolve(filter.origin()).key());
        p.put("destination", filter.destination() == null ? null : resolver.resolve(filter.destination()).key());
        p.put("org", filter.org() == null ? null : resolver.resolve(filter.org()).key());
        p.put("from", filter.from());
        p.put("to", filter.to());
        // the organization a query can start from when no person is given
        p.put("anchor", p.get("org") != null ? p.get("org") : p.get("origin") != null ? p.get("origin") : p.get("destination"));
        return p;
    }
}
