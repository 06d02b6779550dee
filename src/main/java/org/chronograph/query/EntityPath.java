package org.chronograph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A shortest path between two entities, as steps: each step goes from one entity to the next through an event both
 * take part in or a move both are part of, with the articles that report it. Empty when no path is short enough.
 *
 * @param from  the first entity
 * @param to    the second entity
 * @param steps the steps in order, from {@code from} to {@code to}; none when there is no path or the two are the
 *              same entity
 */
public record EntityPath(ResolvedEntity from, ResolvedEntity to, List<Step> steps) {
    public EntityPath {
        steps = List.copyOf(steps);
    }

    /** No path between the two. */
    public static EntityPath none(ResolvedEntity from, ResolvedEntity to) {
        return new EntityPath(from, to, List.of());
    }

    /** True when a path was found (the same entity twice is a path of no steps). */
    public boolean found() {
        return !steps.isEmpty() || from.key().equals(to.key());
    }

    /** Steps on the path: 0 when the two entities are the same, or when there is no path. */
    public int length() {
        return steps.size();
    }

    /** The entities along the path, from the first to the second; empty when there is no path. */
    public List<ResolvedEntity> entities() {
        if (!found()) {
            return List.of();
        }
        List<ResolvedEntity> entities = new ArrayList<>();
        entities.add(from);
        steps.forEach(s -> entities.add(s.to()));
        return List.copyOf(entities);
    }

    /**
     * One step: two entities and the event or move that links them.
     *
     * @param from      the entity the step leaves
     * @param fromRole  its part in the link: an event role ({@code maker}, {@code founder}, ...), or for a move
     *                  {@code moved} (the person), {@code left} or {@code joined} (the organizations)
     * @param kind      the event type ({@code RELEASE}, ...) or {@code MOVE}
     * @param key       the event's or move's graph key
     * @param date      its date value, or {@code null} when undated
     * @param precision the date's precision, or {@code null}
     * @param mod       the date's modifier, or {@code null}
     * @param mover     for a move, the person who moved; {@code null} for an event
     * @param to        the entity the step reaches
     * @param toRole    its part in the link, as {@code fromRole}
     * @param reports   the articles reporting the link, most confident first
     */
    public record Step(ResolvedEntity from, String fromRole, String kind, String key, String date, String precision,
                       String mod, String mover, ResolvedEntity to, String toRole, List<Report> reports) {
        public Step {
            reports = List.copyOf(reports);
        }

        /** The most confident report, or {@code null}. */
        public Report source() {
            return reports.isEmpty() ? null : reports.get(0);
        }

        /** What links the two, for people: "RELEASE 2024-03", "MOVE 2021 (START)", "FUNDING (undated)". */
        public String link() {
            String when = date == null ? "(undated)" : mod == null ? date : date + " (" + mod + ")";
            return kind + " " + when;
        }
    }
}
