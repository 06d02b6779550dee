package org.chronograph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;

/**
 * Where sources disagree: events (same type and participants) and moves (same person and organizations) that
 * different articles give different dates, each date with its sources.
 */
public final class ConflictsQuery {
    private final GraphConnection graph;

    public ConflictsQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The disagreements, those with periods that cannot both be true first.
     *
     * @param entity a name, key or alias to keep the facts it takes part in, or {@code null} for all
     * @param strict true to keep only dates whose periods do not overlap (not 2024 against 2024-03)
     * @throws UnknownEntityException when no entity has the name
     */
    public List<Conflict> run(String entity, boolean strict) {
        Map<String, Object> p = new HashMap<>();
        p.put("entity", entity == null || entity.isBlank() ? null : new EntityResolver(graph).resolve(entity).key());
        p.put("strict", strict);
        return Cypher.read(graph, "conflicts", p).stream().map(r -> new Conflict(
                r.get("kind").asString(), r.get("type").asString(),
                r.get("participants").asList(Participation::of), r.get("disjoint").asBoolean(),
                r.get("versions").asList(v -> new Conflict.Version(v.get("key").asString(), v.get("date").asString(),
                        v.get("precision").asString(null), v.get("mod").asString(null),
                        TimelineQuery.reports(v.get("reports")))))).toList();
    }
}
