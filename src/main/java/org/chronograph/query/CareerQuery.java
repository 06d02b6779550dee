package org.chronograph.query;

import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;

/** A person's career as ordered affiliations, each with the articles that report its start or end. */
public final class CareerQuery {
    private final GraphConnection graph;

    public CareerQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The career of the person named {@code person} (a name, key or alias).
     *
     * @throws UnknownEntityException when no entity has that name
     * @throws InvalidQueryException  when the entity is not a person
     */
    public Career run(String person) {
        ResolvedEntity entity = new EntityResolver(graph).resolve(person);
        if (!"Person".equals(entity.type())) {
            throw new InvalidQueryException("'" + entity.name() + "' is a " + entity.type() + ", not a person");
        }
        List<Career.Step> steps = Cypher.read(graph, "career", Map.of("key", entity.key())).stream().map(r -> new Career.Step(
                r.get("orgKey").asString(), r.get("org").asString(), r.get("orgType").asString(null),
                r.get("start").asString(null), r.get("precisionStart").asString(null),
                r.get("end").asString(null), r.get("precisionEnd").asString(null), r.get("current").asBoolean(),
                TimelineQuery.reports(r.get("reports")))).toList();
        return new Career(entity, steps);
    }
}
