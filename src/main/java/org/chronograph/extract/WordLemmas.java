package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lemmas of the words that are not verbs, for a language whose CoreNLP pipeline has no lemmatizer (French), read
 * from the bundled {@code extract/<lang>/words.tsv}: a noun or adjective loses its plural ending, then its feminine
 * one ("directrices" → "directeur", "acquisitions" → "acquisition", "anciennes" → "ancien"), but for the endings of
 * words whose final s is no plural ("procès", "mois"); whole words where the endings would go wrong; any other word
 * is its lower-cased form. {@link VerbLemmas} applies it to the words it gave no verb lemma. Immutable; safe to share.
 */
final class WordLemmas {
    /** A stem keeps this many letters at least. */
    private static final int MIN_STEM = 3;

    private record Ending(String ending, String replacement) {
    }

    private final Set<String> tags;
    private final List<String> keep;
    private final List<Ending> plurals;
    private final List<Ending> feminines;
    private final Map<String, String> words;

    private WordLemmas(Set<String> tags, List<String> keep, List<Ending> plurals, List<Ending> feminines, Map<String, String> words) {
        this.tags = tags;
        this.keep = keep;
        this.plurals = plurals;
        this.feminines = feminines;
        this.words = words;
    }

    private static final BundledPerLanguage<WordLemmas> BUNDLED = new BundledPerLanguage<>("words.tsv", (resource, lang) -> load(resource));

    /** The bundled rules of a language, or {@code null} when it has none. */
    static WordLemmas bundled(String lang) {
        return BUNDLED.get(lang);
    }

    private static WordLemmas load(String resource) {
        Set<String> tags = new HashSet<>();
        List<String> keep = new ArrayList<>();
        List<Ending> plurals = new ArrayList<>();
        List<Ending> feminines = new ArrayList<>();
        Map<String, String> words = new HashMap<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(resource, 2)) {
            String key = row.column(1);
            String value = row.column(2);
            switch (row.column(0)) {
                case "tags" -> tags.addAll(List.of(key.split("\\|")));
                case "keep" -> keep.addAll(List.of(key.split("\\|")));
                case "plural" -> plurals.add(new Ending(key, value));
                case "feminine" -> feminines.add(new Ending(key, value));
                case "word" -> words.put(key, value);
                default -> throw row.error("unknown kind '" + row.column(0) + "'");
            }
        }
        Comparator<Ending> longestFirst = Comparator.comparingInt((Ending e) -> -e.ending().length());
        plurals.sort(longestFirst);
        feminines.sort(longestFirst);
        return new WordLemmas(Set.copyOf(tags), List.copyOf(keep), List.copyOf(plurals), List.copyOf(feminines), Map.copyOf(words));
    }

    /** True when words of this part-of-speech tag lose their plural and feminine endings. */
    boolean inflects(String tag) {
        return tag != null && tags.contains(tag);
    }

    /** The lemma of a word with this tag: without its plural and feminine endings for a noun or adjective, else lower-cased. */
    String lemma(String word, String tag) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!inflects(tag)) return w;
        String known = words.get(w);
        if (known != null) return known;
        if (keep.stream().noneMatch(w::endsWith)) w = strip(w, plurals);
        known = words.get(w);
        if (known != null) return known;
        return strip(w, feminines);
    }

    private static String strip(String w, List<Ending> endings) {
        for (Ending e : endings) {
            if (w.endsWith(e.ending()) && w.length() - e.ending().length() >= MIN_STEM) {
                return w.substring(0, w.length() - e.ending().length()) + e.replacement();
            }
        }
        return w;
    }
}
