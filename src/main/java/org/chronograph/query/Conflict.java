package org.chronograph.query;

import java.util.List;

/**
 * One fact that sources date differently: each date with the articles that give it.
 *
 * @param kind         {@code event} or {@code move}
 * @param type         the event type, or {@code MOVE}
 * @param participants the entities it is about (for a move: roles {@code person}, {@code from}, {@code to})
 * @param disjoint     true when two of the dates name periods that do not overlap (2024-03 and 2024-05); false
 *                     when they only differ in precision or modifier (2024 and 2024-03)
 * @param versions     the dates, earliest first, each with its reports
 */
public record Conflict(String kind, String type, List<Participation> participants, boolean disjoint,
                       List<Version> versions) {
    public Conflict {
        participants = List.copyOf(participants);
        versions = List.copyOf(versions);
    }

    /**
     * One of the dates.
     *
     * @param key       the graph key of the event or move with that date
     * @param date      the date value
     * @param precision its precision
     * @param mod       its modifier, or {@code null}
     * @param reports   the articles that give this date
     */
    public record Version(String key, String date, String precision, String mod, List<Report> reports) {
        public Version {
            reports = List.copyOf(reports);
        }

        /** The date with its modifier, as "2024-03" or "2024 (MID)". */
        public String dateText() {
            return mod == null ? date : date + " (" + mod + ")";
        }
    }
}
