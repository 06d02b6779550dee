package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic on {@link EventDate} values; every method returns null rather than an impossible date. */
final class Periods {

    /** A calendar unit a relative expression counts in. */
    enum Unit { YEAR, QUARTER, MONTH, WEEK, DAY }

    private Periods() {
    }

    static EventDate year(int y) {
        return y < 1000 || y > 9999 ? null : EventDate.of(Integer.toString(y));
    }

    static EventDate month(int y, int m) {
        return y < 1000 || y > 9999 || m < 1 || m > 12 ? null : EventDate.of(String.format("%04d-%02d", y, m));
    }

    static EventDate day(int y, int m, int d) {
        try {
            return y < 1000 || y > 9999 ? null : EventDate.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static EventDate quarter(int y, int q) {
        return y < 1000 || y > 9999 || q < 1 || q > 4 ? null : EventDate.of(y + "-Q" + q);
    }

    static EventDate half(int y, int h) {
        return y < 1000 || y > 9999 || h < 1 || h > 2 ? null : EventDate.of(y + "-H" + h);
    }

    /** The date with another modifier (null keeps the date's own); null in, null out. */
    static EventDate withMod(EventDate date, String mod) {
        if (date == null || mod == null) return date;
        return new EventDate(date.value(), mod);
    }

    /** The period of {@code unit} that contains {@code day}; a week is given as the day itself, approximately. */
    static EventDate containing(LocalDate day, Unit unit) {
        return switch (unit) {
            case YEAR -> year(day.getYear());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case WEEK -> withMod(EventDate.of(day), "APPROX");
            case DAY -> EventDate.of(day);
        };
    }

    /** The period {@code n} units away from the one containing {@code day}. */
    static EventDate fromDay(LocalDate day, int n, Unit unit) {
        LocalDate moved = switch (unit) {
            case YEAR -> day.plusYears(n);
            case QUARTER -> day.plusMonths(3L * n);
            case MONTH -> day.plusMonths(n);
            case WEEK -> day.plusWeeks(n);
            case DAY -> day.plusDays(n);
        };
        return containing(moved, unit);
    }

    /**
     * The period {@code n} units after (before, when negative) {@code base}, at the precision of {@code unit}; null
     * when the base is too coarse ("the following month" after a bare year).
     */
    static EventDate shift(EventDate base, int n, Unit unit) {
        if (base == null) return null;
        EventDate.Precision p = base.precision();
        return switch (unit) {
            case YEAR -> year(base.year() + n);
            case QUARTER -> switch (p) {
                case QUARTER -> {
                    int index = base.year() * 4 + (base.value().charAt(6) - '1') + n;
                    yield quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
                }
                case MONTH, DAY -> fromDay(base.start(), n, unit);
                default -> null;
            };
            case MONTH -> p == EventDate.Precision.MONTH || p == EventDate.Precision.DAY
                    ? fromDay(base.start(), n, unit) : null;
            case WEEK, DAY -> p == EventDate.Precision.DAY ? fromDay(base.start(), n, unit) : null;
        };
    }

    /** {@code base} cut to {@code unit} ("that year" after a day gives its year); null when base is coarser. */
    static EventDate truncate(EventDate base, Unit unit) {
        return shift(base, 0, unit);
    }

    /** The month in {@code year}, or null when either is missing. */
    static EventDate monthIn(Integer year, int month) {
        return year == null ? null : month(year, month);
    }

    /**
     * The occurrence of {@code month} relative to the publication month: {@code direction} -1 is the last one
     * strictly before, +1 the next one strictly after, 0 the one in the publication year.
     */
    static EventDate monthAround(LocalDate published, int month, int direction) {
        if (published == null) return null;
        int y = published.getYear();
        int pm = published.getMonthValue();
        if (direction < 0 && month >= pm) y--;
        if (direction > 0 && month <= pm) y++;
        return month(y, month);
    }

    /**
     * A weekday near the publication date: direction -1 the last one strictly before, +1 the next one strictly
     * after, 0 the latest on or before (news reports the past), 2 the one in the same ISO week.
     */
    static EventDate weekday(LocalDate published, DayOfWeek dow, int direction) {
        if (published == null) return null;
        LocalDate d = switch (direction) {
            case -1 -> published.with(TemporalAdjusters.previous(dow));
            case 1 -> published.with(TemporalAdjusters.next(dow));
            case 2 -> published.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1L);
            default -> published.with(TemporalAdjusters.previousOrSame(dow));
        };
        return EventDate.of(d);
    }

    /** Quarter a season mostly falls in (northern hemisphere): spring Q2, summer Q3, autumn Q4, winter Q1. */
    static int seasonQuarter(String season) {
        return switch (season) {
            case "spring", "printemps" -> 2;
            case "summer", "ete" -> 3;
            case "autumn", "fall", "automne" -> 4;
            default -> 1;
        };
    }

    /** A season of a year, as its quarter with {@code APPROX}. */
    static EventDate season(Integer year, String season) {
        return year == null ? null : withMod(quarter(year, seasonQuarter(season)), "APPROX");
    }

    /**
     * A season relative to the publication date: direction -1 the last one that started before the publication
     * quarter, +1 the next one after it, 0 the one in the publication year.
     */
    static EventDate seasonAround(LocalDate published, String season, int direction) {
        if (published == null) return null;
        int q = seasonQuarter(season);
        int pq = (published.getMonthValue() - 1) / 3 + 1;
        int y = published.getYear();
        if (direction < 0 && q >= pq) y--;
        if (direction > 0 && q <= pq) y++;
        return season(y, season);
    }

    /**
     * A decade ("the 2010s", "les années 90") as a year with {@code APPROX}: its first year, or for an early, mid
     * or late part (English or French word) its second, fifth or eighth year. Two-digit decades up to 20 are 2000s.
     */
    static EventDate decade(String digits, String part) {
        int d = Integer.parseInt(digits);
        if (d < 100) d += d <= 20 ? 2000 : 1900;
        int offset = part == null ? 0 : switch (Text.key(part)) {
            case "early", "debut" -> 2;
            case "mid", "milieu", "mi" -> 5;
            default -> 8;
        };
        return withMod(year(d + offset), "APPROX");
    }
}
