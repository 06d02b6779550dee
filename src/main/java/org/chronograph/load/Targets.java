package org.chronograph.load;

import java.util.List;
import org.chronograph.ChronographException;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntitiesQuery;

/**
 * What requests ask about, drawn from the graph: entities that take part in events, people (for careers) and
 * organizations that people move from or to.
 *
 * @param entities names of entities in events
 * @param people   names of people
 * @param orgs     names of organizations in moves
 */
public record Targets(List<String> entities, List<String> people, List<String> orgs) {
    public Targets {
        entities = List.copyOf(entities);
        people = List.copyOf(people);
        orgs = List.copyOf(orgs);
        if (entities.isEmpty()) {
            throw new ChronographException("the graph has no entity that takes part in an event: nothing to load-test");
        }
        if (people.isEmpty()) {
            people = entities;
        }
        if (orgs.isEmpty()) {
            orgs = entities;
        }
    }

    /** Every name from the graph itself (for an in-process server). */
    public static Targets of(GraphConnection graph) {
        return new Targets(names(graph, "bench-sample-entities"), names(graph, "load-sample-people"),
                names(graph, "bench-sample-orgs"));
    }

    /** The most mentioned entities of each kind, through the API (for a server running elsewhere). */
    static Targets of(ApiClient api) {
        return new Targets(names(api, ""), names(api, "&type=person"), names(api, "&type=company"));
    }

    private static List<String> names(ApiClient api, String type) {
        List<String> names = new java.util.ArrayList<>();
        api.json("/api/entities?limit=" + EntitiesQuery.MAX_LIMIT + type).get("entities")
                .forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    private static List<String> names(GraphConnection graph, String file) {
        return graph.driver().executableQuery(CypherFiles.get(file)).execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }
}
