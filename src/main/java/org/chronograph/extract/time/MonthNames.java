package org.chronograph.extract.time;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Month and weekday names in English and French, as regex alternations and as lookups. */
final class MonthNames {
    private static final List<String> EN_MONTHS = List.of(
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final Map<String, Integer> EN_ABBREVIATIONS = Map.ofEntries(
            Map.entry("Jan", 1), Map.entry("Feb", 2), Map.entry("Mar", 3), Map.entry("Apr", 4),
            Map.entry("Jun", 6), Map.entry("Jul", 7), Map.entry("Aug", 8), Map.entry("Sep", 9),
            Map.entry("Sept", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));
    private static final Map<String, Integer> FR_MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("janv.", 1), Map.entry("févr.", 2), Map.entry("fevr.", 2), Map.entry("avr.", 4),
            Map.entry("juil.", 7), Map.entry("sept.", 9), Map.entry("oct.", 10), Map.entry("nov.", 11),
            Map.entry("déc.", 12), Map.entry("dec.", 12));
    private static final List<String> EN_DAYS = List.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> FR_DAYS = List.of(
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();

    static {
        for (int i = 0; i < 12; i++) MONTHS.put(Text.key(EN_MONTHS.get(i)), i + 1);
        EN_ABBREVIATIONS.forEach((k, v) -> MONTHS.put(Text.key(k), v));
        FR_MONTHS.forEach((k, v) -> MONTHS.put(Text.key(k), v));
        for (int i = 0; i < 7; i++) {
            DAYS.put(Text.key(EN_DAYS.get(i)), DayOfWeek.of(i + 1));
            DAYS.put(Text.key(FR_DAYS.get(i)), DayOfWeek.of(i + 1));
        }
    }

    /**
     * English month names, capitalized and case-sensitive (so the verb "may" and the noun "march" stay out),
     * abbreviations with an optional dot.
     */
    static final String EN_MONTH = "(?-i:" + alternation(EN_MONTHS) + "|(?:" + alternation(EN_ABBREVIATIONS.keySet())
            + ")\\.?)(?![\\p{L}\\p{N}])";
    /** French month names, any case, accents optional, abbreviations with a dot. */
    static final String FR_MONTH = "(?:" + alternation(FR_MONTHS.keySet()) + ")(?![\\p{L}\\p{N}])";
    /** English weekday names, capitalized. */
    static final String EN_WEEKDAY = "(?-i:" + alternation(EN_DAYS) + ")(?![\\p{L}\\p{N}])";
    /** French weekday names. */
    static final String FR_WEEKDAY = "(?:" + alternation(FR_DAYS) + ")(?![\\p{L}\\p{N}])";

    private MonthNames() {
    }

    /** Month number (1-12) of an English or French name or abbreviation, or 0 when unknown. */
    static int month(String name) {
        return name == null ? 0 : MONTHS.getOrDefault(Text.key(name), 0);
    }

    /** Day of the week named in English or French, or null. */
    static DayOfWeek weekday(String name) {
        return name == null ? null : DAYS.get(Text.key(name));
    }

    /** Longest first, so that "Sept" is tried before "Sep"; dots escaped. */
    private static String alternation(java.util.Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> w.replace(".", "\\."))
                .collect(Collectors.joining("|"));
    }
}
