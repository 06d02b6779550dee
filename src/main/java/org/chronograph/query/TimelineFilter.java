package org.chronograph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronograph.ChronographException;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;

/**
 * Which events a timeline shows.
 *
 * @param entity an entity name, key or alias, or {@code null} for all events
 * @param from   first day of the period (events whose period ends before it are left out), or {@code null}
 * @param to     last day of the period (events whose period starts after it are left out), or {@code null}
 * @param types  event types to keep; empty for all
 */
public record TimelineFilter(String entity, LocalDate from, LocalDate to, Set<EventType> types) {
    public TimelineFilter {
        types = Set.copyOf(types);
        if (entity != null && entity.isBlank()) {
            entity = null;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ChronographException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** Every event. */
    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, Set.of());
    }

    /**
     * A filter from user input: dates as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} ({@code from} is the
     * first day of its period, {@code to} the last), types by name in any case; blanks and {@code null}s mean "any".
     *
     * @throws ChronographException naming the bad date or type
     */
    public static TimelineFilter parse(String entity, String from, String to, List<String> types) {
        return new TimelineFilter(entity, day(from, "--from", true), day(to, "--to", false), types(types));
    }

    /** This filter for another entity. */
    public TimelineFilter withEntity(String entity) {
        return new TimelineFilter(entity, from, to, types);
    }

    static LocalDate day(String text, String what, boolean first) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            EventDate date = EventDate.of(text.strip());
            return first ? date.start() : date.end();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new ChronographException(what + ": not a date: '" + text + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    static Set<EventType> types(List<String> names) {
        Set<EventType> types = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            for (String part : name.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    types.add(EventType.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ChronographException("not an event type: '" + part.strip() + "' (one of "
                            + String.join(", ", names(EventType.values())) + ")");
                }
            }
        }
        return types;
    }

    private static List<String> names(EventType[] values) {
        List<String> names = new ArrayList<>();
        Arrays.stream(values).forEach(v -> names.add(v.name().toLowerCase(Locale.ROOT)));
        return names;
    }
}
