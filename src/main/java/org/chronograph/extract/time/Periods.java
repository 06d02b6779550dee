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

    /**
     * The period of {@code unit} that contains {@code day}; values have no week precision, so a week is the month
     * it falls in ("last week" is this month or the last, as the annotation rules say).
     */
    static EventDate containing(LocalDate day, Unit unit) {
        return switch (unit) {
            case YEAR -> year(day.getYear());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case MONTH, WEEK -> month(day.getYear(), day.getMonthValue());
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
     * A period told without its year ("in late November", "le 21 décembre", "the third quarter"), in the year the
     * context gives. Before any date of the article, news counts from the publication date and the tense chooses: a
     * past event the latest such period that began on or before publication, a future one the first that has not
     * ended, and without a cue the one nearest to publication ("in late November" in a January article is the
     * November before, "en février" in July this February). After a date of the article, that date's year; when that
     * is the publication year, a past event still cannot lie after publication nor a future one before it ("Le 21
     * décembre, ... a racheté", published in June after "mi-2025", is the December before).
     *
     * @param inYear the period in a given year (null when impossible, e.g. 29 February)
     * @return the period, or null when the context gives no year
     */
    static EventDate inContext(Anchor a, java.util.function.IntFunction<EventDate> inYear) {
        Integer y = a.frameYear();
        LocalDate pub = a.published();
        if (y == null) return null;
        int py = pub == null ? 0 : pub.getYear();
        if (pub == null || !a.onPublication() && y != py) return inYear.apply(y);
        if (!a.onPublication()) {
            // the article's year is the publication's: a past event cannot lie after publication, nor a future one before
            EventDate d = inYear.apply(y);
            if (d == null) return null;
            if (a.tense() == Tense.PAST && d.start().isAfter(pub)) return inYear.apply(y - 1);
            if (a.tense() == Tense.FUTURE && d.end().isBefore(pub)) return inYear.apply(y + 1);
            return d;
        }
        EventDate before = inYear.apply(py - 1);
        EventDate same = inYear.apply(py);
        EventDate after = inYear.apply(py + 1);
        return switch (a.tense()) {
            case PAST -> same != null && !same.start().isAfter(pub) ? same : before;
            case FUTURE -> same != null && !same.end().isBefore(pub) ? same : after;
            case UNKNOWN -> nearest(pub, before, same, after);
        };
    }

    /** Of some periods, the one nearest to a day (0 when it contains it); earlier wins a tie. */
    private static EventDate nearest(LocalDate day, EventDate... periods) {
        EventDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (EventDate p : periods) {
            if (p == null) continue;
            long gap = day.isBefore(p.start()) ? p.start().toEpochDay() - day.toEpochDay()
                    : day.isAfter(p.end()) ? day.toEpochDay() - p.end().toEpochDay() : 0;
            if (gap < bestGap) {
                bestGap = gap;
                best = p;
            }
        }
        return best;
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
     * The first {@code month} after {@code base} ({@code direction} +1: "the following March") or the last one before
     * it (-1: "the previous June"), counted from the end (start) of the base's period: after March 2020 the following
     * March is March 2021, after November 2023 March 2024, after the year 2019 March 2020; null without a base.
     */
    static EventDate monthFrom(EventDate base, int month, int direction) {
        if (base == null) return null;
        if (direction > 0) {
            LocalDate end = base.end();
            return month(month > end.getMonthValue() ? end.getYear() : end.getYear() + 1, month);
        }
        LocalDate start = base.start();
        return month(month < start.getMonthValue() ? start.getYear() : start.getYear() - 1, month);
    }

    /** The first {@code season} after {@code base} (or the last before it), as {@link #monthFrom} counts months. */
    static EventDate seasonFrom(EventDate base, String season, int direction) {
        EventDate m = monthFrom(base, seasonQuarter(season) * 3 - 2, direction);
        return m == null ? null : season(m.year(), season);
    }

    /**
     * A weekday near the publication date: direction -1 the last one strictly before, +1 the next one strictly
     * after, 0 the latest on or before (news reports the past), 2 the one in the same ISO week, 3 the first on or
     * after (a future event: "will meet on Monday").
     */
    static EventDate weekday(LocalDate published, DayOfWeek dow, int direction) {
        if (published == null) return null;
        LocalDate d = switch (direction) {
            case -1 -> published.with(TemporalAdjusters.previous(dow));
            case 1 -> published.with(TemporalAdjusters.next(dow));
            case 2 -> published.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1L);
            case 3 -> published.with(TemporalAdjusters.nextOrSame(dow));
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

    /**
     * A season of a year, as its quarter with {@code APPROX}: the span the year of a season told without one is chosen
     * by (a spring told in the past tense in a November article is this year's, in the future tense next year's). A
     * finder gives it out as {@link #seasonYear}.
     */
    static EventDate season(Integer year, String season) {
        return year == null ? null : withMod(quarter(year, seasonQuarter(season)), "APPROX");
    }

    /**
     * A season as it is written out: its year, as the annotation rules write a date that has no month or quarter of its
     * own ("au printemps 2021", "cet été", "in the fall of 2024": 2021, the publication year, 2024), with the part of the
     * year a summer or autumn is in ({@code MID}, {@code END}); a spring or winter straddles two parts and has none. A
     * season's quarter was a value of our own: the annotations never give one.
     *
     * @param quarter a season as {@link #season} gives it, or a date a modifier prefix already changed; null gives null
     */
    static EventDate seasonYear(EventDate quarter) {
        if (quarter == null || quarter.precision() != EventDate.Precision.QUARTER) return quarter;
        String mod = switch (quarter.value().charAt(6)) {
            case '3' -> "MID";
            case '4' -> "END";
            default -> null;
        };
        return new EventDate(quarter.value().substring(0, 4), mod);
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
     * A decade ("the 2010s", "les années 90") as its first year, as the annotation rules write it: with
     * {@code APPROX}, or for an early, mid or late part (English or French word) {@code START}, {@code MID} or
     * {@code END}. Two-digit decades up to 20 are 2000s.
     */
    static EventDate decade(String digits, String part) {
        return decade(Integer.parseInt(digits), part);
    }

    /** {@link #decade(String, String)} for a decade given as a number (90 or 1990). */
    static EventDate decade(int d, String part) {
        if (d < 100) d += d <= 20 ? 2000 : 1900;
        String mod = part == null ? "APPROX" : switch (Text.key(part)) {
            case "early", "debut" -> "START";
            case "mid", "milieu", "mi" -> "MID";
            default -> "END";
        };
        return withMod(year(d), mod);
    }
}
