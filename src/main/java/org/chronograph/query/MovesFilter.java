package org.chronograph.query;

import java.time.LocalDate;

/**
 * Which moves to show; entities are names, keys or aliases, {@code null} for any.
 *
 * @param person      only this person's moves
 * @param origin      only moves from this organization
 * @param destination only moves to this organization
 * @param org         only moves from or to this organization
 * @param from        first day of the period (moves whose period ends before it are left out; undated moves too)
 * @param to          last day of the period (moves whose period starts after it are left out; undated moves too)
 */
public record MovesFilter(String person, String origin, String destination, String org, LocalDate from, LocalDate to) {
    public MovesFilter {
        person = blankToNull(person);
        origin = blankToNull(origin);
        destination = blankToNull(destination);
        org = blankToNull(org);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** Every move. */
    public static MovesFilter all() {
        return new MovesFilter(null, null, null, null, null, null);
    }

    /** One person's moves, or the moves from or to one organization. */
    public static MovesFilter of(String person, String org) {
        return new MovesFilter(person, null, null, org, null, null);
    }

    /** This filter for a period given as user input ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, or blank). */
    public MovesFilter during(String fromText, String toText) {
        return new MovesFilter(person, origin, destination, org, TimelineFilter.day(fromText, "--from", true),
                TimelineFilter.day(toText, "--to", false));
    }

    /** True when no filter is set. */
    public boolean isEmpty() {
        return person == null && origin == null && destination == null && org == null && from == null && to == null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
