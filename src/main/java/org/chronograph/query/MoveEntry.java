package org.chronograph.query;

import java.util.List;

/**
 * A person's move between organizations.
 *
 * @param key       the move's graph key
 * @param personKey the person's key
 * @param person    the person's name
 * @param fromKey   key of the organization left, or {@code null}
 * @param from      its name, or {@code null}
 * @param toKey     key of the organization joined, or {@code null}
 * @param to        its name, or {@code null}
 * @param date      date value, or {@code null}
 * @param precision date precision, or {@code null}
 * @param mod       date modifier, or {@code null}
 * @param reports   articles reporting it, most confident first
 */
public record MoveEntry(String key, String personKey, String person, String fromKey, String from, String toKey, String to,
                        String date, String precision, String mod, List<Report> reports) {
    public MoveEntry {
        reports = List.copyOf(reports);
    }

    /** The most confident report, or {@code null}. */
    public Report source() {
        return reports.isEmpty() ? null : reports.get(0);
    }

    /** The date with its modifier, or "" when undated. */
    public String dateText() {
        return date == null ? "" : mod == null ? date : date + " (" + mod + ")";
    }
}
