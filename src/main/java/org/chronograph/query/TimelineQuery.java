package org.chronograph.query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Events in date order, undated last: all of them, or those of one entity (and its neighbourhood), period or type,
 * on event or publication dates; or the undated events alone.
 */
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
     * @throws UnknownEntityException when the filter names an unknown entity
     */
    public List<TimelineEntry> run(TimelineFilter filter) {
        return run(filter, ALL);
    }

    /**
     * The first {@code limit} events of the timeline (a first page).
     *
     * @throws UnknownEntityException when the filter names an unknown entity
     */
    public List<TimelineEntry> run(TimelineFilter filter, int limit) {
        Map<String, Object> p = new HashMap<>();
        String file = file(filter);
        if (file.equals("timeline-entity")) {
            // finds the entity itself, in the same round trip (no row when the name is unknown or has no events)
            p.putAll(EntityResolver.parameters(filter.entity()));
        } else {
            p.put("entity", filter.entity() == null ? null : new EntityResolver(graph).resolve(filter.entity()).key());
        }
        p.put("from", filter.from());
        p.put("to", filter.to());
        periodBounds(p, filter.from() == null ? FIRST_DAY : filter.from(), filter.to() == null ? LAST_DAY : filter.to());
        p.put("types", filter.types().isEmpty() ? null : filter.types().stream().map(Enum::name).toList());
        p.put("neighbourhood", filter.neighbourhood());
        p.put("basis", filter.basis().name());
        p.put("limit", (long) Math.max(0, limit));
        List<Record> records = Cypher.read(graph, file, p);
        if (records.isEmpty() && file.equals("timeline-entity")) {
            // an unknown name is an error that says which entities were meant; a known one has no events to show
            new EntityResolver(graph).resolve(filter.entity());
        }
        return records.stream().map(r -> new TimelineEntry(
                r.get("key").asString(), r.get("date").asString(null), r.get("precision").asString(null),
                r.get("mod").asString(null), r.get("type").asString(),
                r.get("participants").asList(TimelineQuery::participation).stream().filter(x -> x.key() != null).toList(),
                reports(r.get("reports")))).toList();
    }

    /** The first day of the calendar unit of {@code months} months (1, 3, 6 or 12) that holds {@code day}. */
    private static LocalDate unitStart(LocalDate day, int months) {
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / months * months + 1);
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * The sort-date bounds of timeline-period.cypher. Every period an event is dated with is a calendar unit (a day;
     * a month; a quarter; a half; a year), and its sort date lies within it: an event of a month that overlaps
     * [from, to] starts no earlier than the first day of the month of {@code from} and sorts no later than the last
     * day of the month of {@code to}; likewise for quarters, halves and years.
     */
    private static void periodBounds(Map<String, Object> p, LocalDate from, LocalDate to) {
        p.put("periodFrom", from);
        p.put("periodTo", to);
        for (Map.Entry<String, Integer> unit : Map.of("Month", 1, "Quarter", 3, "Half", 6, "Year", 12).entrySet()) {
            p.put("from" + unit.getKey(), unitStart(from, unit.getValue()));
            p.put("to" + unit.getKey(), unitStart(to, unit.getValue()).plusMonths(unit.getValue()).minusDays(1));
        }
    }

    /**
     * One query shape per filter, so that each starts from its index: the entity alone (found by the same query), the
     * sort date of a period on event dates, or the general query (neighbourhood, publication dates, everything).
     */
    private static String file(TimelineFilter filter) {
        if (filter.undated()) {
            return "timeline-undated";
        }
        boolean eventDates = filter.basis() == TimeBasis.EVENT;
        String entity = filter.entity();
        if (entity != null && !filter.neighbourhood() && eventDates) {
            return "timeline-entity";
        }
        if (entity == null && eventDates && (filter.from() != null || filter.to() != null)) {
            return "timeline-period";
        }
        return "timeline";
    }

    /**
     * Reports from a collected list, without the empty entry OPTIONAL MATCH leaves when there is none. Each is a map
     * by name, or (the timeline files, to send less) a list: article id, title, language, publication date, URL,
     * sentence, confidence.
     */
    static List<Report> reports(Value value) {
        return value.asList(TimelineQuery::report).stream().filter(x -> x.articleId() != null).toList();
    }

    private static Report report(Value v) {
        if (!isList(v)) {
            return Report.of(v);
        }
        return new Report(v.get(0).asString(null), v.get(1).asString(null), v.get(2).asString(null),
                v.get(3).isNull() ? null : v.get(3).asLocalDate(), v.get(5).asString(null), v.get(6).asDouble(0.0),
                v.get(4).asString(null));
    }

    /** A participant as a map by name, or (the timeline files) a list: key, name, type, role. */
    private static Participation participation(Value v) {
        if (!isList(v)) {
            return Participation.of(v);
        }
        return new Participation(v.get(0).asString(null), v.get(1).asString(null), v.get(2).asString(null),
                v.get(3).asString(null));
    }

    private static boolean isList(Value v) {
        return v.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST());
    }
}
