package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas of verbs for a language whose CoreNLP pipeline has no lemmatizer (French), read from the bundled
 * {@code extract/<lang>/verbs.tsv}: inflection endings with the infinitive ending each stands for ("era" → "er":
 * "lancera" → "lancer"), spelling changes at the end of a stem ("ç" → "c": "lançait" → "lancer"), and the stems of
 * verbs outside the regular conjugation ("sort" → "sortir", "acqui" → "acquérir"). A language with no such file
 * keeps the pipeline's own lemmas. Immutable; safe to share.
 */
final class VerbLemmas {
    /** One inflection ending and the infinitive ending it gives a regular stem ("" when only a known stem may take it). */
    private record Ending(String ending, String infinitive) {
    }

    private final List<Ending> endings;
    private final Map<String, String> stems;
    private final Map<String, String> respell;
    private final List<String> tags;
    /** Endings of a past participle that gets a lemma whatever its tag (a participle the tagger took for a noun). */
    private final List<String> participles;
    /** Tags whose words get a verb lemma only when they read as a participle (an adjective: "acquise", not "ancienne"). */
    private final List<String> adjectives;
    /** The lemmas of the words that get no verb lemma (nouns, adjectives, the rest), or {@code null}. */
    private final WordLemmas words;

    private VerbLemmas(List<Ending> endings, Map<String, String> stems, Map<String, String> respell, List<String> tags,
                       List<String> participles, List<String> adjectives, WordLemmas words) {
        this.endings = endings;
        this.stems = stems;
        this.respell = respell;
        this.tags = tags;
        this.participles = participles;
        this.adjectives = adjectives;
        this.words = words;
    }

    private static final BundledPerLanguage<VerbLemmas> BUNDLED =
            new BundledPerLanguage<>("verbs.tsv", (resource, lang) -> load(resource, WordLemmas.bundled(lang)));

    /** The bundled rules of a language, or {@code null} when it has none. */
    static VerbLemmas bundled(String lang) {
        return BUNDLED.get(lang);
    }

    private static VerbLemmas load(String resource, WordLemmas words) {
        List<Ending> endings = new ArrayList<>();
        Map<String, String> stems = new HashMap<>();
        Map<String, String> respell = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        List<String> participles = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(resource, 2)) {
            String key = row.column(1);
            String value = row.column(2);
            switch (row.column(0)) {
                case "tags" -> tags.addAll(List.of(key.split("\\|")));
                case "participle" -> participles.addAll(List.of(key.split("\\|")));
                case "adjective" -> adjectives.addAll(List.of(key.split("\\|")));
                case "ending" -> {
                    for (String e : key.split("\\|")) endings.add(new Ending(e, value));
                }
                case "respell" -> respell.put(key, value);
                case "stem" -> {
                    for (String s : value.split("\\|")) stems.put(s, key);
                }
                default -> throw row.error("unknown kind '" + row.column(0) + "'");
            }
        }
        // the longest ending is tried first: "eraient" before "aient" before "ent"
        endings.sort(Comparator.comparingInt((Ending e) -> -e.ending().length()));
        return new VerbLemmas(List.copyOf(endings), Map.copyOf(stems), respell, List.copyOf(tags), List.copyOf(participles),
                List.copyOf(adjectives), words);
    }

    /**
     * Gives each word of the sentence that has no lemma yet its lemma: a verb, a participle or an adjective that is a
     * known verb's form ("acquise") its infinitive, any other word its lemma by the language's {@link WordLemmas}.
     */
    void annotate(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (t.lemma() != null || t.tag() == null) continue;
            if (tags.contains(t.tag()) || participle(t.word()) || adjectives.contains(t.tag()) && knownVerbForm(t.word())) {
                t.setLemma(lemma(t.word()));
            } else if (words != null) {
                t.setLemma(words.lemma(t.word(), t.tag()));
            }
        }
    }

    /** True for a form of a verb outside the regular conjugation ("acquis", "sortie", "promu"). */
    private boolean knownVerbForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (stems.containsKey(w)) return true;
        for (Ending e : endings) {
            if (w.endsWith(e.ending()) && w.length() - e.ending().length() >= 2
                    && stems.containsKey(w.substring(0, w.length() - e.ending().length()))) return true;
        }
        return false;
    }

    /** True for a word with a past participle's ending and a stem of three letters at least ("lancés", not "été"). */
    private boolean participle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return participles.stream().anyMatch(e -> w.endsWith(e) && w.length() - e.length() >= 3);
    }

    /** The infinitive of a verb form: its known stem's verb, else the regular infinitive of its ending, else the word. */
    String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (stems.containsKey(w)) return stems.get(w);
        String regular = null;
        for (Ending e : endings) {
            if (!w.endsWith(e.ending()) || w.length() - e.ending().length() < 2) continue;
            String stem = w.substring(0, w.length() - e.ending().length());
            String known = stems.get(stem);
            if (known != null) return known;
            if (regular == null && !e.infinitive().isEmpty()) regular = respelled(stem) + e.infinitive();
        }
        return regular != null ? regular : w;
    }

    private String respelled(String stem) {
        for (Map.Entry<String, String> r : respell.entrySet()) {
            if (stem.endsWith(r.getKey())) return stem.substring(0, stem.length() - r.getKey().length()) + r.getValue();
        }
        return stem;
    }
}
