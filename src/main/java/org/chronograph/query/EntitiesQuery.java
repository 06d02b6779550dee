package org.chronograph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.EntityType;
import org.chronograph.graph.GraphConnection;

/** Entities by part of a name or alias, most mentioned first: for pickers and search boxes. */
public final class EntitiesQuery {
    /** Largest number of entities one call returns. */
    public static final int MAX_LIMIT = 1000;

    private final GraphConnection graph;

    public EntitiesQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Entities whose name or an alias contains {@code text} (any case; blank or {@code null} for all).
     *
     * @param type  an entity type name in any case ({@code person}, {@code company}, ...), or {@code null} for all
     * @param limit at most this many, 1 to {@value #MAX_LIMIT}
     * @throws InvalidQueryException for an unknown type or a limit out of range
     */
    public List<EntitySummary> run(String text, String type, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit: must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("text", text == null || text.isBlank() ? null : text.strip());
        p.put("types", type == null || type.isBlank() ? null : List.of(type(type).name()));
        p.put("limit", limit);
        return Cypher.read(graph, "entities-search", p).stream().map(r -> new EntitySummary(
                r.get("key").asString(), r.get("name").asString(), r.get("type").asString(null),
                r.get("aliases").asList(v -> v.asString()), r.get("articles").asLong(), r.get("events").asLong(),
                r.get("moves").asLong())).toList();
    }

    private static EntityType type(String name) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new InvalidQueryException("not an entity type: '" + name.strip() + "' (person, company, organization, "
                + "model or product)");
    }
}
