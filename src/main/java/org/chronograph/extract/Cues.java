package org.chronograph.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists that type entities from context (bundled data files {@code extract/cues.tsv} and
 * {@code extract/given-names.txt}). Immutable; safe to share.
 */
final class Cues {
    private final Map<String, Set<String>> lists;
    private final Set<String> givenNames;

    private Cues(Map<String, Set<String>> lists, Set<String> givenNames) {
        this.lists = lists;
        this.givenNames = givenNames;
    }

    /** The bundled lists, read once: the extractor, the typer and the page's names all use them. */
    static Cues bundled() {
        return Bundled.CUES;
    }

    /** Holds the bundled lists, read when first asked for. */
    private static final class Bundled {
        static final Cues CUES = load();
    }

    private static Cues load() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled("extract/cues.tsv", 2)) {
            if (row.size() != 2) throw row.error("expected LIST<TAB>word|word...: " + row.line());
            Set<String> words = new HashSet<>();
            for (String w : row.column(1).split("\\|")) words.add(w.trim().toLowerCase(Locale.ROOT));
            lists.put(row.columns().get(0), Set.copyOf(words));
        }
        Set<String> names = new HashSet<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled("extract/given-names.txt", 1)) {
            names.addAll(Arrays.asList(row.line().trim().split("\\s+")));
        }
        return new Cues(Map.copyOf(lists), Set.copyOf(names));
    }

    /** True when {@code word} (any case) is in the named list. */
    boolean is(String list, String word) {
        Set<String> words = lists.get(list);
        return words != null && words.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "aug");

    /** True for a month name or abbreviation in English or French, any case. */
    boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }
}
