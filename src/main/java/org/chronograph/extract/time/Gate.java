package org.chronograph.extract.time;

import java.util.List;
import java.util.Locale;

/**
 * A cheap test a sentence must pass before a rule's pattern is run on it: most sentences hold no year, month
 * name or time-unit word, and skipping whole rule families keeps the finder fast. Tests are plain string
 * searches; a false "yes" only costs time.
 */
enum Gate {
    /** Every sentence. */
    ALWAYS,
    /** Sentences with a digit. */
    DIGIT,
    /** Sentences with a number starting 19 or 20 followed by two more digits. */
    YEAR,
    /** Sentences with a capitalized English month abbreviation ("Jan", "May", "Sep"...). */
    EN_MONTH,
    /** Sentences with a word starting like a French month. */
    FR_MONTH("janv", "fév", "fev", "mars", "avr", "mai", "juin", "juil", "aoû", "aou", "sept", "oct", "nov", "déc", "dec"),
    /** Sentences with a word starting like an English calendar unit. */
    EN_UNIT("year", "decade", "month", "week", "day", "quarter", "half"),
    /** Sentences with a word starting like a French calendar unit. */
    FR_UNIT("an", "décenn", "decenn", "mois", "semaine", "jour", "trimestre", "semestre", "veille", "lendemain"),
    /** Sentences with a word starting like a season, English or French. */
    SEASON("spring", "summer", "autumn", "fall", "winter", "printemps", "été", "ete", "automne", "hiver");

    private static final List<String> EN_MONTHS = List.of(
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private final List<String> wordStarts;

    Gate(String... wordStarts) {
        this.wordStarts = List.of(wordStarts);
    }

    /**
     * Whether the sentence passes.
     *
     * @param s     the sentence
     * @param lower the sentence in lower case (same length for the scripts handled here)
     */
    boolean test(String s, String lower) {
        return switch (this) {
            case ALWAYS -> true;
            case DIGIT -> hasDigit(s);
            case YEAR -> hasYear(s);
            case EN_MONTH -> EN_MONTHS.stream().anyMatch(s::contains);
            default -> wordStarts.stream().anyMatch(w -> hasWordStart(lower, w));
        };
    }

    /** Lower-cases a sentence for {@link #test}. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean hasWordStart(String text, String start) {
        for (int i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
            if (i == 0 || !Character.isLetter(text.charAt(i - 1))) return true;
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) return true;
        }
        return false;
    }

    private static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (((a == '1' && b == '9') || (a == '2' && b == '0')) && isAsciiDigit(s.charAt(i + 2))
                    && isAsciiDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
