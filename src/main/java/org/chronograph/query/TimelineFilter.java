package org.chronograph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;

/**
 * Which events a timeline shows, and on which dates.
 *
 * @param entity        an entity name, key or alias, or {@code null} for all events
 * @param from          first day of the period (events whose period ends before it are left out), or {@code null}
 * @param to            last day of the period (events whose period starts after it are left out), or {@code null}
 * @param types         event types to keep; empty for all
 * @param neighbourhood with an entity: also the events of its neighbourhood (the people affiliated with it, and the
 *                      models and products it takes part in events with)
 * @param basis         the date that places, orders and filters events: the event's, or its first publication
 * @param undated       only the events without a date (which a timeline cannot place), listed by when they were
 *                      first reported; takes no period
 */
public record TimelineFilter(String entity, LocalDate from, LocalDate to, Set<EventType> types, boolean neighbourhood,
                             TimeBasis basis, boolean undated) {
    public TimelineFilter {
        types = Set.copyOf(types);
        if (entity != null && entity.isBlank()) {
            entity = null;
        }
        if (basis == null) {
            basis = TimeBasis.EVENT;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        if (undated && (from != null || to != null)) {
            throw new InvalidQueryException("undated events have no date to fall in a period: give no from or to with undated");
        }
    }

    /** Events on their own dates or on their first publication. */
    public TimelineFilter(String entity, LocalDate from, LocalDate to, Set<EventType> types, boolean neighbourhood,
                          TimeBasis basis) {
        this(entity, from, to, types, neighbourhood, basis, false);
    }

    /** The entity's own events (or all events), on event dates. */
    public TimelineFilter(String entity, LocalDate from, LocalDate to, Set<EventType> types) {
        this(entity, from, to, types, false, TimeBasis.EVENT);
    }

    /** Every event. */
    public static TimelineFilter all() {
        return new TimelineFilter(null, null, null, Set.of());
    }

    /**
     * A filter from user input: dates as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} ({@code from} is the
     * first day of its period, {@code to} the last), types by name in any case; blanks and {@code null}s mean "any".
     *
     * @throws InvalidQueryException naming the bad date or type
     */
    public static TimelineFilter parse(String entity, String from, String to, List<String> types) {
        return new TimelineFilter(entity, day(from, "--from", true), day(to, "--to", false), types(types));
    }

    /** This filter for another entity. */
    public TimelineFilter withEntity(String entity) {
        return new TimelineFilter(entity, from, to, types, neighbourhood, basis, undated);
    }

    /** This filter with or without the entity's neighbourhood. */
    public TimelineFilter withNeighbourhood(boolean include) {
        return new TimelineFilter(entity, from, to, types, include, basis, undated);
    }

    /** This filter on another time basis. */
    public TimelineFilter withBasis(TimeBasis newBasis) {
        return new TimelineFilter(entity, from, to, types, neighbourhood, newBasis, undated);
    }

    /**
     * This filter for the undated events only, or for all.
     *
     * @throws InvalidQueryException when the filter has a period
     */
    public TimelineFilter withUndated(boolean only) {
        return new TimelineFilter(entity, from, to, types, neighbourhood, basis, only);
    }

    /**
     * The first ({@code first}) or last day of the period a user's date names; {@code null} for blank.
     *
     * @param what the option or parameter name, for the message
     * @throws InvalidQueryException when the text is not {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
     */
    public static LocalDate day(String text, String what, boolean first) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            EventDate date = EventDate.of(text.strip());
            return first ? date.start() : date.end();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidQueryException(what + ": not a date: '" + text.strip() + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
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
                    throw new InvalidQueryException("not an event type: '" + part.strip() + "' (one of "
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
