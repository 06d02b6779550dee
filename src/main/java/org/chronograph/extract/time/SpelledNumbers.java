package org.chronograph.extract.time;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chronograph.extract.KnowledgeFile;

/**
 * Numbers written in words, for spelled-out years ("nineteen ninety-one", "mille neuf cent quatre-vingt-onze"),
 * decades ("the seventies", "les années soixante-dix") and days ("the first of August"), read from
 * {@code extract/time/<lang>/numbers.tsv}.
 */
final class SpelledNumbers {
    /** A word's value and kind (cardinal, ordinal, decade). */
    private record Word(String written, int value, String kind) {
    }

    private static final Map<String, Map<String, Word>> BY_LANGUAGE = new HashMap<>();
    private static final Pattern SEPARATOR = Pattern.compile("[\\s-]+(?:(?:and|et)[\\s-]+)?");

    static {
        for (String lang : List.of("en", "fr")) {
            Map<String, Word> words = new HashMap<>();
            for (KnowledgeFile.Row f : KnowledgeFile.bundled("extract/time/" + lang + "/numbers.tsv", 3)) {
                words.put(Text.key(f.columns().get(0)), new Word(f.column(0), Integer.parseInt(f.column(1)), f.column(2)));
            }
            BY_LANGUAGE.put(lang, words);
        }
    }

    private SpelledNumbers() {
    }

    /** The words of a kind whose values lie in [min, max], as a regex alternation, longest first. */
    static String words(String language, String kind, int min, int max) {
        return BY_LANGUAGE.get(Resources.folder(language)).values().stream()
                .filter(w -> w.kind().equals(kind) && w.value() >= min && w.value() <= max)
                .map(Word::written)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace("-", "\\E[\\s-]\\Q"))
                .collect(Collectors.joining("|"));
    }

    /**
     * A number of up to four digits in cardinal words, optionally ending in an ordinal ("twenty-first"): hundreds
     * and thousands multiply what comes before them ("deux mille", "neuf cent"), other words add ("quatre-vingt-onze",
     * "vingt et un"). Null when a word is unknown.
     */
    static Integer value(String language, String text) {
        if (text == null) return null;
        Map<String, Word> words = BY_LANGUAGE.get(Resources.folder(language));
        String key = Text.key(text);
        Word whole = words.get(key);
        if (whole != null) return whole.value();
        String[] parts = SEPARATOR.split(key);
        int total = 0;
        int current = 0;
        for (int i = 0; i < parts.length; i++) {
            Word w = null;
            // "quatre-vingt" is one word whose parts would add up to 24
            if (i + 1 < parts.length) {
                w = words.get(parts[i] + "-" + parts[i + 1]);
                if (w != null) i++;
            }
            if (w == null) w = words.get(parts[i]);
            if (w == null) return null;
            if (w.value() == 100) current = Math.max(current, 1) * 100;
            else if (w.value() == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else current += w.value();
        }
        return total + current;
    }

    /** The value of one word of a kind ("seventies" as a decade is 70), or null. */
    static Integer word(String language, String text, String kind) {
        Word w = text == null ? null : BY_LANGUAGE.get(Resources.folder(language)).get(Text.key(text));
        return w == null || !w.kind().equals(kind) ? null : w.value();
    }
}
