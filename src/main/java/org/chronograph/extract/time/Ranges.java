package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.util.List;
import java.util.regex.MatchResult;

/** Ranges written as one phrase ("May to July 2024", "du 3 au 5 avril 2025"), read as two mentions. */
final class Ranges {
    private Ranges() {
    }

    /**
     * Months {@code m1} and {@code m2} of year {@code y}, or of the context's year ({@link Periods#inContext}) when no
     * year is given; a range
     * across New Year puts the first in the year before.
     */
    static List<Rule.Dated> months(MatchResult m, Anchor a) {
        int m1 = MonthNames.month(Text.group(m, "m1"));
        int m2 = MonthNames.month(Text.group(m, "m2"));
        Integer y = Text.has(m, "y") ? Integer.valueOf(Text.group(m, "y")) : yearOf(Periods.inContext(a, yy -> Periods.month(yy, m2)));
        if (y == null) return List.of();
        EventDate first = Periods.month(m1 > m2 ? y - 1 : y, m1);
        EventDate last = Periods.month(y, m2);
        if (first == null || last == null) return List.of();
        return List.of(new Rule.Dated(Text.start(m, "m1"), Text.end(m, "m1"), first),
                new Rule.Dated(Text.start(m, "m2"), m.end(), last));
    }

    /**
     * Days {@code d1} and {@code d2} of month {@code m} of year {@code y}, or of the context's year when no year is
     * given; the first span starts at the month when it comes first ("June 9" in "June 9-12").
     */
    static List<Rule.Dated> days(MatchResult m, Anchor a) {
        int mo = MonthNames.month(Text.group(m, "m"));
        Integer y = Text.has(m, "y") ? Integer.valueOf(Text.group(m, "y")) : yearOf(Periods.inContext(a, yy -> Periods.month(yy, mo)));
        if (y == null) return List.of();
        EventDate first = Periods.day(y, mo, dayNumber(Text.group(m, "d1")));
        EventDate last = Periods.day(y, mo, dayNumber(Text.group(m, "d2")));
        if (first == null || last == null || !first.value().equals(min(first, last))) return List.of();
        int firstStart = Math.min(Text.start(m, "m"), Text.start(m, "d1"));
        return List.of(new Rule.Dated(firstStart, Text.end(m, "d1"), first),
                new Rule.Dated(Text.start(m, "d2"), m.end(), last));
    }

    /** A day number in digits or words ("premier", "first", "twenty-first"); 0 when unknown. */
    static int dayNumber(String d) {
        if (d.chars().allMatch(Character::isDigit)) return Integer.parseInt(d);
        Integer fr = SpelledNumbers.value("fr", d);
        Integer v = fr != null ? fr : SpelledNumbers.value("en", d);
        return v == null ? 0 : v;
    }

    private static Integer yearOf(EventDate d) {
        return d == null ? null : d.year();
    }

    private static String min(EventDate a, EventDate b) {
        return a.value().compareTo(b.value()) <= 0 ? a.value() : b.value();
    }
}
