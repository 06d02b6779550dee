package org.chronograph.extract.eval;

/**
 * How many matched events and moves have a gold date, and how many of those the prediction got right.
 *
 * @param eventsWithGoldDate matched events whose gold date is given
 * @param eventsStrict       of those, predicted date value equal to the gold value
 * @param eventsYear         of those, predicted year equal to the gold year
 * @param movesWithGoldDate  matched moves whose gold date is given
 * @param movesYear          of those, predicted year equal to the gold year
 */
public record DateCounts(int eventsWithGoldDate, int eventsStrict, int eventsYear, int movesWithGoldDate, int movesYear) {
    /** No dates. */
    public static final DateCounts ZERO = new DateCounts(0, 0, 0, 0, 0);

    /** Share of exact event dates, or {@code null} when no matched event has a gold date. */
    public Double eventStrictAccuracy() {
        return ratio(eventsStrict, eventsWithGoldDate);
    }

    /** Share of event dates with the right year, or {@code null} when no matched event has a gold date. */
    public Double eventYearAccuracy() {
        return ratio(eventsYear, eventsWithGoldDate);
    }

    /** Share of move dates with the right year, or {@code null} when no matched move has a gold date. */
    public Double moveYearAccuracy() {
        return ratio(movesYear, movesWithGoldDate);
    }

    /** The sum of two counts. */
    public DateCounts plus(DateCounts o) {
        return new DateCounts(eventsWithGoldDate + o.eventsWithGoldDate, eventsStrict + o.eventsStrict,
                eventsYear + o.eventsYear, movesWithGoldDate + o.movesWithGoldDate, movesYear + o.movesYear);
    }

    private static Double ratio(int n, int d) {
        return d == 0 ? null : (double) n / d;
    }
}
