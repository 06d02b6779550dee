package org.chronograph.extract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar date as precise as the text gives it: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD},
 * {@code YYYY-Qn} or {@code YYYY-Hn}, with an optional modifier.
 *
 * @param value the calendar value
 * @param mod   {@code START}, {@code MID}, {@code END}, {@code BEFORE}, {@code AFTER}, {@code APPROX}, or {@code null}
 */
public record EventDate(String value, String mod) implements java.io.Serializable {
    private static final Pattern VALUE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|-Q[1-4]|-H[12])?");
    private static final java.util.Set<String> MODS = java.util.Set.of("START", "MID", "END", "BEFORE", "AFTER", "APPROX");

    /** Granularity of a date value. */
    public enum Precision { YEAR, HALF, QUARTER, MONTH, DAY }

    public EventDate {
        Objects.requireNonNull(value, "value");
        if (!VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a calendar value: " + value);
        }
        if (mod != null && !MODS.contains(mod)) {
            throw new IllegalArgumentException("not a date modifier: " + mod);
        }
    }

    public static EventDate of(String value) {
        return new EventDate(value, null);
    }

    public static EventDate of(LocalDate day) {
        return new EventDate(day.toString(), null);
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public Precision precision() {
        if (value.length() == 4) return Precision.YEAR;
        if (value.charAt(5) == 'Q') return Precision.QUARTER;
        if (value.charAt(5) == 'H') return Precision.HALF;
        return value.length() == 7 ? Precision.MONTH : Precision.DAY;
    }

    /** First day of the period the value names (a {@code MID}/{@code END} mod does not move it). */
    public LocalDate start() {
        int y = year();
        return switch (precision()) {
            case YEAR -> LocalDate.of(y, 1, 1);
            case HALF -> LocalDate.of(y, value.charAt(6) == '1' ? 1 : 7, 1);
            case QUARTER -> LocalDate.of(y, (value.charAt(6) - '1') * 3 + 1, 1);
            case MONTH -> LocalDate.of(y, Integer.parseInt(value.substring(5, 7)), 1);
            case DAY -> LocalDate.parse(value);
        };
    }

    /** Last day of the period the value names. */
    public LocalDate end() {
        LocalDate s = start();
        return switch (precision()) {
            case YEAR -> s.plusYears(1).minusDays(1);
            case HALF -> s.plusMonths(6).minusDays(1);
            case QUARTER -> s.plusMonths(3).minusDays(1);
            case MONTH -> s.plusMonths(1).minusDays(1);
            case DAY -> s;
        };
    }

    /**
     * A day to sort by that respects the modifier: "mid-2025" sorts after "early 2025",
     * "end of 2024" near the end of 2024.
     */
    public LocalDate sortKey() {
        LocalDate s = start();
        LocalDate e = end();
        long span = e.toEpochDay() - s.toEpochDay();
        if (mod == null) return s;
        return switch (mod) {
            case "MID" -> s.plusDays(span / 2);
            case "END" -> s.plusDays(span * 5 / 6);
            case "AFTER" -> e;
            default -> s;
        };
    }

    @Override
    public String toString() {
        return mod == null ? value : value + " (" + mod + ")";
    }
}
