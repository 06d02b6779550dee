package org.chronograph.extract.time;

import java.util.List;
import java.util.Locale;

/**
 * A cheap test a sentence must pass before a rule's pattern is run on it: most sentences hold no year, month
 * name or time-unit word, and skipping whole rule families keeps the finder fast. Tests are plain string
 * searches over the lower-cased sentence; a false "yes" only costs time.
 */
enum Gate {
    /** Every sentence. */
    ALWAYS(Mode.ALWAYS),
    /** Sentences with a number starting 19 or 20 followed by two more digits. */
    YEAR(Mode.YEAR),
    /** Sentences with a decade in digits ("1990s", "'90s", "90’s"). */
    DECADE(Mode.CONTAINS, "0s", "0's", "0’s"),
    /** Sentences with a period code: Q, H, T or S followed by a digit 1-4 ("Q3", "H1", "T2", "S1"). */
    PERIOD_CODE(Mode.PERIOD_CODE),
    /** Sentences with a web address. */
    URL(Mode.CONTAINS, "http", "www."),
    /** Sentences with a capitalized English month abbreviation ("Jan", "May", "Sep"...), case-sensitive. */
    EN_MONTH(Mode.EN_MONTH),
    /** Sentences with a word starting like a French month. */
    FR_MONTH(Mode.WORD_START, "janv", "fév", "fev", "mars", "avr", "mai", "juin", "juil", "aoû", "aou", "sept", "oct",
            "nov", "déc", "dec"),
    /** Sentences with a word starting like an English calendar unit. */
    EN_UNIT(Mode.WORD_START, "year", "decade", "month", "week", "day", "quarter", "half"),
    /** Sentences with a word starting like a French calendar unit. */
    FR_UNIT(Mode.WORD_START, "an", "décenn", "decenn", "mois", "semaine", "jour", "trimestre", "semestre", "veille",
            "lendemain"),
    /** Sentences with a word starting like a season, English or French. */
    SEASON(Mode.WORD_START, "spring", "summer", "autumn", "fall", "winter", "printemps", "été", "ete", "automne",
            "hiver"),
    /** Sentences with an English day word: weekdays, today, yesterday, tonight, tomorrow. */
    EN_DAY(Mode.CONTAINS, "day", "tonight", "tomorrow"),
    /** Sentences with a French day word: weekdays, hier, aujourd'hui, demain. */
    FR_DAY(Mode.WORD_START, "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd",
            "demain", "avant-hier", "après-demain"),
    /** Sentences with an English word for a vague time ("recently", "in the coming years"). */
    EN_VAGUE(Mode.WORD_START, "recent", "lately", "nowadays", "coming", "next", "past", "last"),
    /** Sentences with a spelled-out English year or decade ("nineteen ninety-one", "the seventies"). */
    EN_SPELLED(Mode.WORD_START, "eighteen", "nineteen", "twenty", "thousand", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties"),
    /** Sentences with a spelled-out French year or decade ("mille neuf cent", "les années soixante"). */
    FR_SPELLED(Mode.WORD_START, "mil", "années"),
    /** Sentences that may hold a year phrase or a two-digit year ("last year", "l'an dernier", "'98"). */
    YEAR_PHRASE(Mode.CONTAINS, "year", "'", "’", "an", "année"),
    /** Sentences with a French word for a vague time ("récemment", "ces dernières années"). */
    FR_VAGUE(Mode.WORD_START, "récemment", "recemment", "dernièrement", "prochainement", "ces");

    private enum Mode { ALWAYS, YEAR, PERIOD_CODE, EN_MONTH, CONTAINS, WORD_START }

    private static final List<String> EN_MONTHS = List.of(
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    private final Mode mode;
    private final List<String> words;

    Gate(Mode mode, String... words) {
        this.mode = mode;
        this.words = List.of(words);
    }

    /**
     * Whether the sentence passes.
     *
     * @param s     the sentence
     * @param lower the sentence lower-cased by {@link #lower}
     */
    boolean test(String s, String lower) {
        return switch (mode) {
            case ALWAYS -> true;
            case YEAR -> hasYear(s);
            case PERIOD_CODE -> hasPeriodCode(lower);
            case EN_MONTH -> EN_MONTHS.stream().anyMatch(s::contains);
            case CONTAINS -> words.stream().anyMatch(lower::contains);
            case WORD_START -> words.stream().anyMatch(w -> hasWordStart(lower, w));
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

    private static boolean hasPeriodCode(String lower) {
        for (int i = 0; i + 1 < lower.length(); i++) {
            char c = lower.charAt(i);
            char d = lower.charAt(i + 1);
            if ((c == 'q' || c == 'h' || c == 't' || c == 's') && d >= '1' && d <= '4') return true;
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
