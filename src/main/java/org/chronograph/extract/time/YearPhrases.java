package org.chronograph.extract.time;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.KnowledgeFile;

/**
 * Words that name a year after a month, day, quarter, half or season: two digits ("October '98", "octobre 98"), or a phrase counted from the publication date or the date told before ("August last
 * year", "novembre de l'année dernière", "in March the following year"), read from
 * {@code extract/time/<lang>/year-phrases.tsv}.
 *
 * <p>The regex has the named groups {@code yy} or {@code yy2} (two digits) and {@code yw} (a phrase); {@link #year}
 * reads whichever took part.
 */
final class YearPhrases {
    /** How a phrase counts: from the publication date or from the date told before. */
    private record Phrase(String written, boolean published, int offset) {
    }

    private static final Map<String, Map<String, Phrase>> BY_LANGUAGE = new HashMap<>();

    static {
        for (String lang : List.of("en", "fr")) {
            Map<String, Phrase> phrases = new HashMap<>();
            for (KnowledgeFile.Row f : KnowledgeFile.bundled("extract/time/" + lang + "/year-phrases.tsv", 3)) {
                phrases.put(Text.key(f.columns().get(0)), new Phrase(f.column(0), f.column(1).equals("published"), Integer.parseInt(f.column(2))));
            }
            BY_LANGUAGE.put(lang, phrases);
        }
    }

    private YearPhrases() {
    }

    /** The phrases of a language as a regex alternation (apostrophes and spaces loose), longest first. */
    static String phrases(String language) {
        return BY_LANGUAGE.get(Resources.folder(language)).values().stream().map(Phrase::written)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> Pattern.quote(k).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", ""))
                .collect(Collectors.joining("|"));
    }

    /**
     * A year after a period word that needs the context: an apostrophe and two digits ("March '98"), two bare digits
     * (French only: "octobre 98"), or a phrase ("last year", "de l'an dernier"); with what may join it to the period
     * ("of", "in", "de", ","). Four-digit years are the absolute rules' own.
     */
    static String after(String language) {
        boolean fr = "fr".equals(Resources.folder(language));
        String join = fr ? "(?:\\s*,?\\s+(?:de\\s+|d['’]\\s*)?)" : "(?:,?\\s+(?:of\\s+|in\\s+)?)";
        String twoDigits = "['’](?<yy>\\d{2})(?![\\p{L}\\p{N}'’])"
                + (fr ? "|(?<yy2>\\d{2})(?![\\p{L}\\p{N}%]|[.,]\\d|\\s*(?:%|€|\\$|h\\b|heures|minutes|ans|mois|jours))" : "");
        return join + "(?:" + twoDigits + "|(?<yw>" + phrases(language) + ")(?![\\p{L}-]))";
    }

    /** The year named by a match of {@link #after}, or null when it cannot be resolved (no publication date). */
    static Integer year(MatchResult m, Anchor a, String language) {
        String two = Text.has(m, "yy") ? Text.group(m, "yy") : Text.group(m, "yy2");
        if (two != null) return twoDigitYear(Integer.parseInt(two), a.published() == null ? null : a.published().getYear());
        String w = Text.group(m, "yw");
        if (w == null) return null;
        Phrase p = BY_LANGUAGE.get(Resources.folder(language)).get(Text.key(w));
        if (p == null) return null;
        if (p.published()) return a.published() == null ? null : a.published().getYear() + p.offset();
        Integer y = a.narrativeYear();
        return y == null ? null : y + p.offset();
    }

    /**
     * A two-digit year in the century that puts it at most ten years after the publication year ("'98" is 1998,
     * "'24" 2024); without a publication date, up to 30 is 20xx.
     */
    static int twoDigitYear(int yy, Integer publishedYear) {
        int pivot = publishedYear == null ? 30 : (publishedYear % 100) + 10;
        int century = publishedYear == null ? 2000 : publishedYear / 100 * 100;
        return yy <= pivot ? century + yy : century - 100 + yy;
    }

    /** The date in a year named by {@link #after}, or null. */
    static EventDate in(MatchResult m, Anchor a, String language, java.util.function.IntFunction<EventDate> inYear) {
        Integer y = year(m, a, language);
        return y == null ? null : inYear.apply(y);
    }
}
