package org.chronograph.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One event of a timeline.
 *
 * @param key          the event's graph key
 * @param date         date value ({@code 2024}, {@code 2024-03}, {@code 2024-Q3}, {@code 2024-03-12}), or {@code null}
 * @param precision    {@code YEAR}, {@code HALF}, {@code QUARTER}, {@code MONTH} or {@code DAY}, or {@code null}
 * @param mod          date modifier ({@code START}, {@code MID}, ...), or {@code null}
 * @param type         event type
 * @param participants entities with their roles
 * @param reports      articles reporting it, most confident first (never empty for a loaded event)
 */
public record TimelineEntry(String key, String date, String precision, String mod, String type,
                            List<Participation> participants, List<Report> reports) {
    public TimelineEntry {
        participants = List.copyOf(participants);
        reports = List.copyOf(reports);
    }

    /** The most confident report, or {@code null}. */
    public Report source() {
        return reports.isEmpty() ? null : reports.get(0);
    }

    /** The publication date of the earliest article that reports it, or {@code null} when none has one. */
    public LocalDate firstReported() {
        return reports.stream().map(Report::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The date with its modifier, as "2024-03" or "2024 (MID)", or "" when undated. */
    public String dateText() {
        return date == null ? "" : mod == null ? date : date + " (" + mod + ")";
    }
}
