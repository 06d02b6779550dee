package org.chronograph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.EntityType;
import org.chronograph.graph.GraphConnection;

/**
 * Entities by the words of a name or alias, as typed into a search box (each word typed starts a word of the name or
 * alias: "mis ai" finds "Mistral AI"), through the full-text index {@code entity_search}: an exact name first, then the
 * most mentioned. Without text, the most mentioned entities.
 */
public final class EntitiesQuery {
    /** Largest number of entities one call returns. */
    public static final int MAX_LIMIT = 1000;

    private final GraphConnection graph;

    public EntitiesQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Entities whose name or an alias has a word starting with each word of {@code text} (any case, accents ignored;
     * blank or {@code null} for all entities); none when the text has letters or digits in no word (only punctuation).
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
        p.put("types", type == null || type.isBlank() ? null : List.of(type(type).name()));
        p.put("limit", limit);
        String file = "entities-top";
        if (text != null && !text.isBlank()) {
            String query = SearchText.prefixQuery(text);
            if (query == null) {
                return List.of();
            }
            p.put("text", text.strip());
            p.put("query", query);
            file = "entities-search";
        }
        return Cypher.read(graph, file, p).stream().map(r -> new EntitySummary(
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
