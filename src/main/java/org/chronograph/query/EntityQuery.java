package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;

/**
 * One entity's profile: names, type, the articles that mention it with their sentences, affiliations and career,
 * co-participants, co-mentioned entities, moves, and events (dated, and undated apart).
 */
public final class EntityQuery {
    /** Most articles a profile lists (newest first); {@link EntityProfile#articles()} counts them all. */
    public static final int ARTICLES_SHOWN = 200;
    /** Most co-mentioned entities a profile lists. */
    public static final int CO_MENTIONED_SHOWN = 50;

    private final GraphConnection graph;

    public EntityQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The profile of the entity named {@code nameOrKey} (a name, key or alias).
     *
     * @throws ChronographException "no entity named 'X'" when none matches
     */
    public EntityProfile run(String nameOrKey) {
        ResolvedEntity entity = new EntityResolver(graph).resolve(nameOrKey);
        Map<String, Object> key = Map.of("key", entity.key());
        Record p = Cypher.read(graph, "entity-profile", key).get(0);
        List<Affiliation> affiliations = Cypher.read(graph, "entity-affiliations", key).stream().map(r -> new Affiliation(
                r.get("personKey").asString(), r.get("person").asString(), r.get("orgKey").asString(), r.get("org").asString(),
                r.get("start").asString(null), r.get("precisionStart").asString(null), r.get("end").asString(null),
                r.get("precisionEnd").asString(null), r.get("current").asBoolean(false))).toList();
        List<CoParticipant> others = Cypher.read(graph, "entity-co-participants", key).stream().map(r -> new CoParticipant(
                r.get("key").asString(), r.get("name").asString(), r.get("type").asString(null), r.get("events").asLong())).toList();
        boolean person = "Person".equals(entity.type());
        List<MoveEntry> moves = new MovesQuery(graph).run(person ? entity.key() : null, person ? null : entity.key());
        List<TimelineEntry> events = new TimelineQuery(graph).run(TimelineFilter.all().withEntity(entity.key()));
        List<Career.Step> career = person ? new CareerQuery(graph).run(entity.key()).steps() : List.of();
        List<Mentioning> mentionedIn = Cypher.read(graph, "entity-mentions",
                Map.of("key", entity.key(), "limit", (long) ARTICLES_SHOWN)).stream().map(EntityQuery::mentioning).toList();
        List<CoMentioned> coMentioned = new CoMentionsQuery(graph).of(entity.key(), CO_MENTIONED_SHOWN);
        return new EntityProfile(p.get("key").asString(), p.get("name").asString(), p.get("type").asString(null),
                p.get("aliases").isNull() ? List.of() : p.get("aliases").asList(v -> v.asString()),
                p.get("articles").asLong(), p.get("mentions").asLong(), affiliations, others, moves,
                events.stream().filter(e -> e.date() != null).toList(), events.stream().filter(e -> e.date() == null).toList(),
                career, mentionedIn, coMentioned);
    }

    private static Mentioning mentioning(Record r) {
        return new Mentioning(r.get("article").asString(), r.get("title").asString(null), r.get("lang").asString(null),
                r.get("published").isNull() ? null : r.get("published").asLocalDate(), r.get("url").asString(null),
                r.get("mentions").asLong(0), r.get("sentences").asList(v -> new Mentioning.Sentence(v.get("index").asLong(),
                        v.get("text").asString(""))));
    }
}
