package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;
import org.chronograph.extract.time.Periods.Unit;

import java.util.regex.MatchResult;

/**
 * What the named groups of the English and French date rules hold, read the same way in both: {@code y} a year in
 * digits, {@code m} a month's name, {@code s} a season's, {@code u} a unit of time's, {@code d} a day of the month.
 */
final class Groups {
    private Groups() {
    }

    static int year(MatchResult m) {
        return Integer.parseInt(Text.group(m, "y"));
    }

    static int month(MatchResult m) {
        return MonthNames.month(Text.group(m, "m"));
    }

    static String season(MatchResult m) {
        return Text.key(Text.group(m, "s"));
    }

    static Unit unit(MatchResult m) {
        return Relatives.unit(Text.group(m, "u"));
    }

    /** The day that groups {@code m} and {@code d} name in {@code year}, or {@code null} when the year is unknown. */
    static EventDate day(MatchResult m, Integer year) {
        return year == null ? null : Periods.day(year, month(m), Ranges.dayNumber(Text.group(m, "d")));
    }
}
