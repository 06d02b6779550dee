package org.chronograph.query;

/**
 * A person's stint at an organization, derived from their moves.
 *
 * @param personKey      the person's key
 * @param person         the person's name
 * @param orgKey         the organization's key
 * @param org            the organization's name
 * @param start          date value of the start, or {@code null} when unknown
 * @param precisionStart its precision, or {@code null}
 * @param end            date value of the end, or {@code null} when unknown or still there
 * @param precisionEnd   its precision, or {@code null}
 * @param current        true when no departure is known
 */
public record Affiliation(String personKey, String person, String orgKey, String org, String start, String precisionStart,
                          String end, String precisionEnd, boolean current) {

    /** "2019 to 2022-05", "2022-05 to now", "? to 2021". */
    public String period() {
        return (start == null ? "?" : start) + " to " + (end != null ? end : current ? "now" : "?");
    }
}
