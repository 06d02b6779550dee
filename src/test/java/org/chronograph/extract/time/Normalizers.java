package org.chronograph.extract.time;

import java.util.List;

/** Helpers shared by the date suite's test and the comparison harness. */
final class Normalizers {
    private Normalizers() {
    }

    /**
     * The mention that best covers [start, end): the one overlapping it most, or null when none overlaps. A mention
     * counts for an expression when it overlaps it, whatever extra words either side takes ("in late November").
     */
    static TimeMention over(List<TimeMention> mentions, int start, int end) {
        TimeMention best = null;
        int bestOverlap = 0;
        for (TimeMention m : mentions) {
            int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = m;
            }
        }
        return best;
    }
}
