package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;

/** One entity's profile: names, type, affiliations with dates, co-participants with counts, moves and events. */
public final class EntityQuery {
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
        return new EntityProfile(p.get("key").asString(), p.get("name").asString(), p.get("type").asString(null),
                p.get("aliases").isNull() ? List.of() : p.get("aliases").asList(v -> v.asString()),
                p.get("articles").asLong(), p.get("mentions").asLong(), affiliations, others, moves, events);
    }
}
