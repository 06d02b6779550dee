package org.chronograph.query;

import java.util.List;

/**
 * People who left one organization for another.
 *
 * @param fromKey  key of the organization left, or {@code null} when unknown
 * @param from     its name, or {@code null}
 * @param fromType its type, or {@code null}
 * @param toKey    key of the organization joined, or {@code null} when unknown
 * @param to       its name, or {@code null}
 * @param toType   its type, or {@code null}
 * @param moves    how many moves (one per person and date)
 * @param people   who moved and when, in date order
 */
public record Flow(String fromKey, String from, String fromType, String toKey, String to, String toType, long moves,
                   List<Mover> people) {
    public Flow {
        people = List.copyOf(people);
    }

    /**
     * One person in a flow.
     *
     * @param key     the person's key
     * @param name    the person's name
     * @param date    the move's date value, or {@code null}
     * @param moveKey the move's graph key
     */
    public record Mover(String key, String name, String date, String moveKey) {
        /** "Name (2024-03)", or the name alone when undated. */
        @Override
        public String toString() {
            return date == null ? name : name + " (" + date + ")";
        }
    }
}
