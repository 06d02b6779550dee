package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;

/**
 * Entities named in the same sentences (the {@code MENTIONED_WITH} relation the loader keeps per article): which ones
 * for an entity, and the sentences that name two of them together.
 */
public final class CoMentionsQuery {
    /** Default and largest number of rows. */
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private final GraphConnection graph;

    public CoMentionsQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The entities named in the same sentences as {@code key} (a graph key), most sentences first.
     *
     * @throws InvalidQueryException for a limit outside 1..{@value #MAX_LIMIT}
     */
    public List<CoMentioned> of(String key, int limit) {
        checkLimit(limit);
        return Cypher.read(graph, "entity-comentions", Map.of("key", key, "limit", (long) limit)).stream()
                .map(r -> new CoMentioned(r.get("key").asString(), r.get("name").asString(), r.get("type").asString(null),
                        r.get("sentences").asLong(), r.get("articles").asLong())).toList();
    }

    /**
     * How often two entities (names, keys or aliases) are named together, and the sentences that do it, newest
     * articles first.
     *
     * @throws UnknownEntityException when a name is unknown
     * @throws InvalidQueryException  for a limit outside 1..{@value #MAX_LIMIT}
     */
    public CoMentions between(String entity, String other, int limit) {
        checkLimit(limit);
        EntityResolver resolver = new EntityResolver(graph);
        ResolvedEntity a = resolver.resolve(entity);
        ResolvedEntity b = resolver.resolve(other);
        Map<String, Object> keys = Map.of("a", a.key(), "b", b.key());
        List<Record> pair = Cypher.read(graph, "comention-pair", keys);
        long sentences = pair.isEmpty() ? 0 : pair.get(0).get("sentences").asLong();
        long articles = pair.isEmpty() ? 0 : pair.get(0).get("articles").asLong();
        List<SharedSentence> shown = a.key().equals(b.key()) ? List.of()
                : sentences(a.key(), b.key(), limit);
        return new CoMentions(a, b, sentences, articles, shown);
    }

    /** The sentences naming both entities (graph keys), newest articles first. */
    List<SharedSentence> sentences(String a, String b, int limit) {
        return Cypher.read(graph, "comention-sentences", Map.of("a", a, "b", b, "limit", (long) limit)).stream()
                .map(CoMentionsQuery::sentence).toList();
    }

    static SharedSentence sentence(Record r) {
        return new SharedSentence(r.get("article").asString(), r.get("title").asString(null), r.get("lang").asString(null),
                r.get("published").isNull() ? null : r.get("published").asLocalDate(), r.get("url").asString(null),
                r.get("sentence").asLong(), r.get("text").asString(""));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidQueryException("limit: must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }
}
