package org.chronograph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronograph.extract.EventType;
import org.chronograph.graph.GraphConnection;

/**
 * Neighbours of an entity by relationship type: affiliations, moves, flows of people, shared events by type, and (after
 * those) the entities named in the same sentences.
 */
public final class NeighboursQuery {
    /** Relations that come from affiliations and moves; every event type in lower case is a relation too. */
    public static final List<String> MOVE_RELATIONS = List.of("affiliated", "joined", "left", "moved");

    /** Entities named in the same sentences (the weaker link, listed after the others). */
    public static final String CO_MENTIONED = "co-mentioned";

    /** Every relation name, in the order of {@link #MOVE_RELATIONS}, {@link EventType}, then {@link #CO_MENTIONED}. */
    public static final List<String> RELATIONS = relations();

    /** Default and largest number of neighbours returned. */
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final GraphConnection graph;

    public NeighboursQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The neighbours of {@code entity} (a name, key or alias) by the given relations (all when empty), most links first.
     *
     * @throws UnknownEntityException when no entity has that name
     * @throws InvalidQueryException  for an unknown relation or a limit outside 1..{@value #MAX_LIMIT}
     */
    public Neighbours run(String entity, Collection<String> relations, int limit) {
        Set<String> wanted = parseRelations(relations);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit: must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        ResolvedEntity center = new EntityResolver(graph).resolve(entity);
        Map<String, Object> p = new HashMap<>();
        p.put("key", center.key());
        p.put("relations", wanted.isEmpty() ? null : List.copyOf(wanted));
        p.put("limit", limit);
        List<Neighbour> neighbours = Cypher.read(graph, "related", p).stream().map(r -> new Neighbour(
                r.get("key").asString(), r.get("name").asString(), r.get("type").asString(null),
                r.get("relation").asString(), r.get("direction").asString(), r.get("count").asLong(),
                r.get("first").asString(null), r.get("last").asString(null))).toList();
        return new Neighbours(center, neighbours);
    }

    /**
     * Relation names in any case, comma-separated or not; empty for all.
     *
     * @throws InvalidQueryException naming an unknown relation
     */
    public static Set<String> parseRelations(Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            for (String part : name.split(",")) {
                String relation = part.strip().toLowerCase(Locale.ROOT);
                if (relation.isEmpty()) {
                    continue;
                }
                if (!RELATIONS.contains(relation)) {
                    throw new InvalidQueryException("not a relation: '" + part.strip() + "' (one of "
                            + String.join(", ", RELATIONS) + ")");
                }
                wanted.add(relation);
            }
        }
        return wanted;
    }

    private static List<String> relations() {
        List<String> all = new ArrayList<>(MOVE_RELATIONS);
        Arrays.stream(EventType.values()).forEach(t -> all.add(t.name().toLowerCase(Locale.ROOT)));
        all.add(CO_MENTIONED);
        return List.copyOf(all);
    }
}
