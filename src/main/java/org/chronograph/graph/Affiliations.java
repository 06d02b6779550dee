package org.chronograph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.EventDate;

/**
 * Derives a person's affiliations from their moves: joining an organization opens a stint, leaving it closes one.
 * Dated moves are taken in date order; a later join while a stint is open is the same stint reported again,
 * a departure with no open stint is a stint whose start is unknown. Undated moves only open or close
 * a stint when no dated move says more.
 */
final class Affiliations {
    private Affiliations() {
    }

    /** One move of a person, reduced to what affiliations need. */
    record MoveFact(String person, String from, String to, EventDate date) {
    }

    /** A stint of a person at an organization; {@code start}/{@code end} are {@code null} when unknown. */
    record Stint(String person, String org, EventDate start, EventDate end, boolean current) {
        Map<String, Object> toRow() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("person", person);
            row.put("org", org);
            row.put("start", start == null ? null : start.value());
            row.put("precisionStart", start == null ? null : start.precision().name());
            row.put("startDate", start == null ? null : start.sortKey());
            row.put("end", end == null ? null : end.value());
            row.put("precisionEnd", end == null ? null : end.precision().name());
            row.put("endDate", end == null ? null : end.sortKey());
            row.put("current", current);
            return row;
        }
    }

    private record Mark(EventDate date, boolean joins) {
    }

    /** The stints of every person and organization the moves name. */
    static List<Stint> of(List<MoveFact> moves) {
        Map<List<String>, List<Mark>> marks = new LinkedHashMap<>();
        for (MoveFact move : moves) {
            if (move.to() != null) {
                marks.computeIfAbsent(List.of(move.person(), move.to()), k -> new ArrayList<>()).add(new Mark(move.date(), true));
            }
            if (move.from() != null) {
                marks.computeIfAbsent(List.of(move.person(), move.from()), k -> new ArrayList<>()).add(new Mark(move.date(), false));
            }
        }
        List<Stint> stints = new ArrayList<>();
        marks.forEach((pair, list) -> stints.addAll(stints(pair.get(0), pair.get(1), list)));
        return stints;
    }

    private static List<Stint> stints(String person, String org, List<Mark> marks) {
        List<Mark> dated = marks.stream().filter(m -> m.date() != null)
                .sorted(Comparator.comparing((Mark m) -> m.date().sortKey()).thenComparing(m -> m.joins() ? 0 : 1))
                .toList();
        boolean undatedJoin = marks.stream().anyMatch(m -> m.date() == null && m.joins());
        boolean undatedLeave = marks.stream().anyMatch(m -> m.date() == null && !m.joins());

        List<Stint> result = new ArrayList<>();
        EventDate openSince = null;
        boolean open = false;
        boolean lastWasLeave = false;
        for (Mark mark : dated) {
            if (mark.joins()) {
                if (!open) {
                    open = true;
                    openSince = mark.date();
                }
                lastWasLeave = false;
            } else if (open) {
                result.add(new Stint(person, org, openSince, mark.date(), false));
                open = false;
                openSince = null;
                lastWasLeave = true;
            } else if (!lastWasLeave) {
                result.add(new Stint(person, org, null, mark.date(), false));
                lastWasLeave = true;
            }
        }
        if (open) {
            result.add(new Stint(person, org, openSince, null, !undatedLeave));
        } else if (result.isEmpty() && (undatedJoin || undatedLeave)) {
            result.add(new Stint(person, org, null, null, !undatedLeave));
        }
        return result;
    }
}
