package org.chronograph.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One candidate entity of an article: the mentions the resolver grouped as one name (its full name, short forms,
 * acronym), before typing decides what it is, or that it is no entity.
 *
 * @param spans     its mentions, in article order within each group they came from
 * @param canonical the gazetteer's canonical name when a gazetteer entry found it, else {@code null}
 * @param nicknames forms that only ever stand for the name ("Scam Altman", "X. Musk"): never chosen as the name
 */
record Candidate(List<Span> spans, String canonical, java.util.Set<String> nicknames) {
    Candidate {
        spans = List.copyOf(spans);
        nicknames = java.util.Set.copyOf(nicknames);
    }

    Candidate(List<Span> spans, String canonical) {
        this(spans, canonical, java.util.Set.of());
    }

    /** Whether any of its mentions was found by {@code source} (a span's source). */
    boolean foundBy(String source) {
        return spans.stream().anyMatch(s -> s.source().equals(source));
    }

    /**
     * The name the article uses: the most complete form that contains the form it uses most ("Elon Musk" for "Musk",
     * "Mistral AI" for "Mistral"). A form that does not contain it, such as a gazetteer alias or an acronym, stays an
     * alias and never renames the article's own name.
     */
    String name() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Span s : spans) {
            if (!nicknames.contains(s.text())) counts.merge(s.text(), 1, Integer::sum);
        }
        if (counts.isEmpty()) for (Span s : spans) counts.merge(s.text(), 1, Integer::sum);
        String most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String longest = counts.keySet().stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        if (contains(longest, most)) return longest;
        return counts.keySet().stream().filter(f -> contains(f, most)).max(Comparator.comparingInt(String::length)).orElse(most);
    }

    /** True when {@code whole}'s words include {@code part}'s words in a row. */
    private static boolean contains(String whole, String part) {
        return (" " + whole + " ").contains(" " + part + " ") || whole.equals(part);
    }
}
