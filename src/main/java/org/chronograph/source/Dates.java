package org.chronograph.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates from metadata values ({@code 2025-10-05}, {@code 2025-10-05 10:00:00 +0200}, ISO instants). */
final class Dates {
    private static final Pattern LEADING_DATE = Pattern.compile("\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s].*)", Pattern.DOTALL);

    private Dates() {
    }

    /** The calendar date a value starts with, or {@code null} when it has none or it is not a real date. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LEADING_DATE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
