package org.chronograph.query;

import java.util.List;

/**
 * A person's career: the organizations they were at, in date order.
 *
 * @param person the person
 * @param steps  their stints, by start date (or end date when the start is unknown), undated last
 */
public record Career(ResolvedEntity person, List<Step> steps) {
    public Career {
        steps = List.copyOf(steps);
    }

    /**
     * One stint at an organization.
     *
     * @param orgKey         the organization's key
     * @param org            its name
     * @param orgType        its type
     * @param start          date value of the start, or {@code null} when unknown
     * @param precisionStart its precision, or {@code null}
     * @param end            date value of the end, or {@code null} when unknown or still there
     * @param precisionEnd   its precision, or {@code null}
     * @param current        true when no departure is known
     * @param sources        the articles reporting the moves that open or close it
     */
    public record Step(String orgKey, String org, String orgType, String start, String precisionStart, String end,
                       String precisionEnd, boolean current, List<Report> sources) {
        public Step {
            sources = List.copyOf(sources);
        }

        /** "2019 to 2022-05", "2022-05 to now", "? to 2021". */
        public String period() {
            return (start == null ? "?" : start) + " to " + (end != null ? end : current ? "now" : "?");
        }
    }
}
