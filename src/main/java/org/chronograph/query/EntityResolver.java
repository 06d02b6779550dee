package org.chronograph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.EntityKeys;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;

/**
 * Finds the entity a user means: by key, by any name or alias (through its key), or by exact name ignoring case; when
 * none has the name, says which entities the user may have meant (through {@link EntitySearch}).
 */
public final class EntityResolver {
    /** How many entities a "did you mean" names at most. */
    public static final int SUGGESTIONS = 5;

    private final GraphConnection graph;

    public EntityResolver(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The entity named {@code nameOrKey}.
     *
     * @throws UnknownEntityException "no entity named 'X' (did you mean ...?)" when none matches
     */
    public ResolvedEntity resolve(String nameOrKey) {
        String text = nameOrKey == null ? "" : nameOrKey.strip();
        List<Record> found = Cypher.read(graph, "entity-find", parameters(text));
        if (found.isEmpty()) {
            throw new UnknownEntityException(text, suggestions(text));
        }
        Record r = found.get(0);
        return new ResolvedEntity(r.get("key").asString(), r.get("name").asString(), r.get("type").asString());
    }

    /** What the user may have meant; none when the search itself fails (the name is unknown all the same). */
    private List<SearchHit> suggestions(String text) {
        try {
            return new EntitySearch(graph).suggest(text, SUGGESTIONS);
        } catch (org.chronograph.ChronographException e) {
            return List.of();
        }
    }

    /**
     * The parameters that find the entity named {@code nameOrKey} ({@code $key}, {@code $name}, {@code $words}): for
     * entity-find.cypher, and for the queries that find the entity as it does and read its facts in the same round
     * trip (timeline-entity.cypher).
     */
    static Map<String, Object> parameters(String nameOrKey) {
        String name = nameOrKey == null ? "" : nameOrKey.strip();
        String key;
        try {
            key = EntityKeys.of(name);
        } catch (IllegalArgumentException e) {
            key = null;
        }
        Map<String, Object> p = new HashMap<>();
        p.put("key", key);
        p.put("name", name);
        p.put("words", SearchText.wordsQuery(name));
        return p;
    }
}
