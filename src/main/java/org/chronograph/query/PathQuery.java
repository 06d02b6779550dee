package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * How two entities are connected: the shortest chain of entities where each one shares an event or a move with the
 * next (never through articles or aliases), each step with the sentences that report it; as a last resort, when no
 * such chain is short enough, the shortest chain of entities named in the same sentences, labelled as such.
 */
public final class PathQuery {
    /** The most steps searched for (entity to entity); {@code path.cypher} bounds its search with the same number. */
    public static final int MAX_HOPS = 6;
    /** Steps searched for when the caller does not say. */
    public static final int DEFAULT_HOPS = 4;

    private final GraphConnection graph;

    public PathQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The shortest path from {@code from} to {@code to} (names, keys or aliases) of at most {@code maxHops} steps,
     * a step being two entities and the event or move they share; else the shortest chain of co-mentions of at most
     * {@code maxHops} steps ({@link EntityPath#throughCoMentions()}); a path with no steps when none is short enough
     * ({@link EntityPath#found()} tells). The same entity twice is found, with no steps.
     *
     * @throws UnknownEntityException "no entity named 'X'" when a name is unknown
     * @throws InvalidQueryException  when {@code maxHops} is not between 1 and {@value #MAX_HOPS}
     */
    public EntityPath run(String from, String to, int maxHops) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new InvalidQueryException("--max-hops must be 1 to " + MAX_HOPS + ", not " + maxHops);
        }
        EntityResolver resolver = new EntityResolver(graph);
        ResolvedEntity a = resolver.resolve(from);
        ResolvedEntity b = resolver.resolve(to);
        if (a.key().equals(b.key())) {
            return EntityPath.none(a, b);
        }
        Map<String, Object> ends = Map.of("from", a.key(), "to", b.key(), "maxHops", (long) maxHops);
        List<Record> rows = Cypher.read(graph, "path", ends);
        if (!rows.isEmpty()) {
            return new EntityPath(a, b, rows.stream().map(PathQuery::step).toList());
        }
        List<Record> named = Cypher.read(graph, "path-comentions", ends);
        return named.isEmpty() ? EntityPath.none(a, b)
                : new EntityPath(a, b, named.stream().map(PathQuery::coMention).toList(), EntityPath.CO_MENTIONS);
    }

    private static EntityPath.Step coMention(Record r) {
        return new EntityPath.Step(entity(r.get("from")), null, EntityPath.CO_MENTION, null, null, null, null, null,
                entity(r.get("to")), null, r.get("reports").asList(Report::of), r.get("sentences").asLong());
    }

    private static EntityPath.Step step(Record r) {
        return new EntityPath.Step(entity(r.get("from")), r.get("fromRole").asString(null), r.get("kind").asString(),
                r.get("key").asString(), r.get("date").asString(null), r.get("precision").asString(null),
                r.get("mod").asString(null), r.get("mover").asString(null), entity(r.get("to")),
                r.get("toRole").asString(null), r.get("reports").asList(Report::of).stream()
                .filter(report -> report.articleId() != null).toList());
    }

    private static ResolvedEntity entity(Value v) {
        return new ResolvedEntity(v.get("key").asString(), v.get("name").asString(), v.get("type").asString(null));
    }
}
