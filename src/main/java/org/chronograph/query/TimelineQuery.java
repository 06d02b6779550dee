package org.chronograph.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Value;

/**
 * Events in date order, undated last: all of them, or those of one entity (and its neighbourhood), period or type,
 * on event or publication dates.
 */
public final class TimelineQuery {
    private final GraphConnection graph;

    public TimelineQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Runs the query.
     *
     * @throws UnknownEntityException when the filter names an unknown entity
     */
    public List<TimelineEntry> run(TimelineFilter filter) {
        Map<String, Object> p = new HashMap<>();
        p.put("entity", filter.entity() == null ? null : new EntityResolver(graph).resolve(filter.entity()).key());
        p.put("from", filter.from());
        p.put("to", filter.to());
        p.put("types", filter.types().isEmpty() ? null : filter.types().stream().map(Enum::name).toList());
        p.put("neighbourhood", filter.neighbourhood());
        p.put("basis", filter.basis().name());
        return Cypher.read(graph, "timeline", p).stream().map(r -> new TimelineEntry(
                r.get("key").asString(), r.get("date").asString(null), r.get("precision").asString(null),
                r.get("mod").asString(null), r.get("type").asString(),
                r.get("participants").asList(Participation::of).stream().filter(x -> x.key() != null).toList(),
                reports(r.get("reports")))).toList();
    }

    /** Reports from a collected list, without the empty entry OPTIONAL MATCH leaves when there is none. */
    static List<Report> reports(Value value) {
        return value.asList(Report::of).stream().filter(x -> x.articleId() != null).toList();
    }
}
