package org.chronograph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A shortest path between two entities, as steps: each step goes from one entity to the next through an event both
 * take part in or a move both are part of, with the articles that report it; or, as a last resort when no such chain
 * is short enough, through sentences that name both ({@link #CO_MENTIONS}). Empty when no path is short enough.
 *
 * @param from  the first entity
 * @param to    the second entity
 * @param steps the steps in order, from {@code from} to {@code to}; none when there is no path or the two are the
 *              same entity
 * @param basis what the steps go through: {@link #FACTS} (shared events and moves) or {@link #CO_MENTIONS}
 */
public record EntityPath(ResolvedEntity from, ResolvedEntity to, List<Step> steps, String basis) {
    /** Steps through events and moves the two entities share. */
    public static final String FACTS = "facts";
    /** Steps through sentences that name both entities: the last resort when no facts link them. */
    public static final String CO_MENTIONS = "co-mentions";
    /** The kind of a co-mention step. */
    public static final String CO_MENTION = "CO-MENTION";

    public EntityPath {
        steps = List.copyOf(steps);
    }

    /** A path through shared events and moves. */
    public EntityPath(ResolvedEntity from, ResolvedEntity to, List<Step> steps) {
        this(from, to, steps, FACTS);
    }

    /** No path between the two. */
    public static EntityPath none(ResolvedEntity from, ResolvedEntity to) {
        return new EntityPath(from, to, List.of());
    }

    /** True when the steps go through co-mentions (no chain of shared facts was short enough). */
    public boolean throughCoMentions() {
        return CO_MENTIONS.equals(basis);
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
     * One step: two entities and the event or move that links them, or the sentences that name both.
     *
     * @param from      the entity the step leaves
     * @param fromRole  its part in the link: an event role ({@code maker}, {@code founder}, ...), for a move
     *                  {@code moved} (the person), {@code left} or {@code joined} (the organizations), for a
     *                  co-mention {@code null}
     * @param kind      the event type ({@code RELEASE}, ...), {@code MOVE}, or {@code CO-MENTION}
     * @param key       the event's or move's graph key
     * @param date      its date value, or {@code null} when undated
     * @param precision the date's precision, or {@code null}
     * @param mod       the date's modifier, or {@code null}
     * @param mover     for a move, the person who moved; {@code null} for an event
     * @param to        the entity the step reaches
     * @param toRole    its part in the link, as {@code fromRole}
     * @param reports   the articles reporting the link, most confident first; for a co-mention, the newest sentences
     *                  that name both (confidence 0: a co-mention is no extracted fact)
     * @param sentences for a co-mention, how many sentences name both; 0 for an event or a move
     */
    public record Step(ResolvedEntity from, String fromRole, String kind, String key, String date, String precision,
                       String mod, String mover, ResolvedEntity to, String toRole, List<Report> reports, long sentences) {
        public Step {
            reports = List.copyOf(reports);
        }

        /** A step through an event or a move. */
        public Step(ResolvedEntity from, String fromRole, String kind, String key, String date, String precision,
                    String mod, String mover, ResolvedEntity to, String toRole, List<Report> reports) {
            this(from, fromRole, kind, key, date, precision, mod, mover, to, toRole, reports, 0);
        }

        /** The most confident report, or {@code null}. */
        public Report source() {
            return reports.isEmpty() ? null : reports.get(0);
        }

        /**
         * What links the two, for people: "RELEASE 2024-03", "MOVE 2021 (START)", "FUNDING (undated)", "named together in
         * 3 sentences".
         */
        public String link() {
            if (CO_MENTION.equals(kind)) {
                return "named together in " + sentences + (sentences == 1 ? " sentence" : " sentences");
            }
            String when = date == null ? "(undated)" : mod == null ? date : date + " (" + mod + ")";
            return kind + " " + when;
        }
    }
}
