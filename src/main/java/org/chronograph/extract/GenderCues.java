package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell a person's grammatical gender in a language, read from the bundled {@code extract/<lang>/gender.tsv}:
 * subject pronouns, titles before a name, endings of nouns, adjectives and participles, whole words, the copulas after
 * which a participle agrees with its subject, and the words that make a pronoun impersonal. Immutable; safe to share.
 */
final class GenderCues {
    /** A person's grammatical gender, as the article's words tell it. */
    enum Gender { FEMININE, MASCULINE }

    private record Ending(String ending, Gender gender, boolean verbOnly) {
    }

    private final Map<String, Gender> pronouns;
    private final Map<String, Gender> objectPronouns;
    private final Map<String, Gender> titles;
    private final Map<String, Gender> determiners;
    private final Map<String, Gender> words;
    private final List<Ending> endings;
    private final Set<String> tags;
    private final Set<String> copulas;
    private final Set<String> impersonal;

    private GenderCues(Map<String, Gender> pronouns, Map<String, Gender> objectPronouns, Map<String, Gender> titles, Map<String, Gender> determiners, Map<String, Gender> words,
                       List<Ending> endings, Set<String> tags, Set<String> copulas, Set<String> impersonal) {
        this.pronouns = pronouns;
        this.objectPronouns = objectPronouns;
        this.titles = titles;
        this.determiners = determiners;
        this.words = words;
        this.endings = endings;
        this.tags = tags;
        this.copulas = copulas;
        this.impersonal = impersonal;
    }

    private static final BundledPerLanguage<GenderCues> BUNDLED = new BundledPerLanguage<>("gender.tsv", (resource, lang) -> load(resource));

    /** The bundled cues of a language, or {@code null} when it has none. */
    static GenderCues bundled(String lang) {
        return BUNDLED.get(lang);
    }

    private static GenderCues load(String resource) {
        Map<String, Gender> pronouns = new HashMap<>();
        Map<String, Gender> objectPronouns = new HashMap<>();
        Map<String, Gender> titles = new HashMap<>();
        Map<String, Gender> determiners = new HashMap<>();
        Map<String, Gender> words = new HashMap<>();
        List<Ending> endings = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        Set<String> copulas = new HashSet<>();
        Set<String> impersonal = new HashSet<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(resource, 3)) {
            String kind = row.column(0);
            Gender gender = switch (row.column(1)) {
                case "f" -> Gender.FEMININE;
                case "m" -> Gender.MASCULINE;
                case "-" -> null;
                default -> throw row.error("gender must be f, m or -: " + row.line());
            };
            List<String> values = List.of(row.column(2).toLowerCase(Locale.ROOT).split("\\|"));
            switch (kind) {
                case "pronoun" -> values.forEach(v -> pronouns.put(v, gender));
                case "object-pronoun" -> values.forEach(v -> objectPronouns.put(v, gender));
                case "title" -> values.forEach(v -> titles.put(v, gender));
                case "determiner" -> values.forEach(v -> determiners.put(v, gender));
                case "word" -> values.forEach(v -> words.put(v, gender));
                case "ending" -> values.forEach(v -> endings.add(new Ending(v, gender, false)));
                case "verb-ending" -> values.forEach(v -> endings.add(new Ending(v, gender, true)));
                case "tags" -> tags.addAll(List.of(row.column(2).split("\\|")));
                case "copula" -> copulas.addAll(values);
                case "impersonal" -> impersonal.addAll(values);
                default -> throw row.error("unknown kind '" + kind + "'");
            }
            if (gender == null && Set.of("pronoun", "object-pronoun", "title", "determiner", "word", "ending", "verb-ending").contains(kind)) {
                throw row.error("a " + kind + " needs a gender: " + row.line());
            }
        }
        endings.sort(Comparator.comparingInt((Ending e) -> -e.ending().length()));
        return new GenderCues(Map.copyOf(pronouns), Map.copyOf(objectPronouns), Map.copyOf(titles), Map.copyOf(determiners), Map.copyOf(words), List.copyOf(endings), Set.copyOf(tags),
                Set.copyOf(copulas), Set.copyOf(impersonal));
    }

    /** The gender of a subject pronoun, or null for any other word. */
    Gender pronoun(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The gender of an object pronoun ("her", "him", "la", "le"), or null for any other word. Read for agreement only,
     * never as a vote on a person's gender ("her" may be a possessive).
     */
    Gender objectPronoun(String word) {
        return objectPronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a determiner before a person's description tells ("la dirigeante"), or null. */
    Gender determiner(String word) {
        return determiners.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a title right before a name tells ("Mme", "Mr"), or null. */
    Gender title(String word) {
        return titles.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a noun, adjective or participle tells by its form ("directrice", "nommé", "chairwoman"), or null. */
    Gender word(CoreLabel token) {
        return word(token, false);
    }

    /**
     * The gender a word tells by its form; after a copula ("est partie") a participle's own endings count whatever its
     * tag ("partie" may be tagged a noun).
     */
    Gender word(CoreLabel token, boolean afterCopula) {
        String tag = token.tag();
        if (tag == null || !tags.contains(tag)) return null;
        String w = token.word().toLowerCase(Locale.ROOT);
        Gender whole = words.get(w);
        if (whole != null) return whole;
        boolean verb = afterCopula || tag.startsWith("V");
        for (Ending e : endings) {
            if (e.verbOnly() && !verb) continue;
            // the ending leaves a stem of three letters at least ("née", "été" tell nothing)
            if (w.endsWith(e.ending()) && w.length() - e.ending().length() >= 3) return e.gender();
        }
        return null;
    }

    /** True when a participle or adjective after this word agrees with the subject before it ("est", "a été"). */
    boolean copula(String word) {
        return copulas.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when this word right after a pronoun makes it impersonal ("il y a", "il faut"). */
    boolean impersonal(String word) {
        return impersonal.contains(word.toLowerCase(Locale.ROOT));
    }
}
