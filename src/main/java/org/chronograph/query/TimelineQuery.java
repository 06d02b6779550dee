package org.chronograph.query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Value;

/** Events in date order, undated last: all of them, or those of one entity, period or type; all or a first page. */
public final class TimelineQuery {
    /** A limit that keeps every event. */
    public static final int ALL = Integer.MAX_VALUE;

    private final GraphConnection graph;

    public TimelineQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Runs the query.
     *
     * @throws ChronographException "no entity named 'X'" when the filter names an unknown entity
     */
    public List<TimelineEntry> run(TimelineFilter filter) {
        return run(filter, ALL);
    }

    /**
     * The first {@code limit} events of the timeline (a first page).
     *
     * @throws ChronographException "no entity named 'X'" when the filter names an unknown entity
     */
    public List<TimelineEntry> run(TimelineFilter filter, int limit) {
        Map<String, Object> p = new HashMap<>();
        String entity = filter.entity() == null ? null : new EntityResolver(graph).resolve(filter.entity()).key();
        p.put("entity", entity);
        p.put("from", filter.from());
        p.put("to", filter.to());
        p.put("since", filter.from() == null ? LocalDate.of(1, 1, 1) : filter.from().withDayOfYear(1));
        p.put("types", filter.types().isEmpty() ? null : filter.types().stream().map(Enum::name).toList());
        p.put("limit", (long) Math.max(0, limit));
        // one query shape per filter, so that each starts from its index: the entity, the sort date, or all events
        String file = entity != null ? "timeline-entity" : filter.from() != null || filter.to() != null ? "timeline-period" : "timeline";
        return Cypher.read(graph, file, p).stream().map(r -> new TimelineEntry(
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
