package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a one-word name the statistical tagger sees again and again in an article but cannot type: the French model
 * reads an unknown company ("Veridian") as a person in one sentence, a place in the next and nothing in a third, and a
 * one-word person or place the tagger is unsure of is only a weak mention, so the name was lost. A proper noun used
 * at least {@value #MIN_TIMES} times, tagged as some entity at least {@value #MIN_TAGGED} times and as something other
 * than a place at least once, with no given name, not part of a person's name in the article ("Pachocki" after
 * "Jakub Pachocki") and no stronger mention, is a name: a model or a product when a cue word stands next to it somewhere ("le chatbot Lyra", "the
 * Lyra model"), else a company. One instance per extractor; stateless.
 */
final class RecurringNames {
    static final int MIN_TIMES = 3;
    static final int MIN_TAGGED = 2;

    private final Cues cues;

    RecurringNames(Cues cues) {
        this.cues = cues;
    }

    /** The spans of each sentence, the weak mentions of recurring names replaced by typed ones. */
    List<List<Span>> add(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence) {
        Map<String, Integer> times = new HashMap<>();
        Set<String> notPlace = new HashSet<>();
        Map<String, EntityType> cued = new HashMap<>();
        Set<String> strong = new HashSet<>();
        for (List<Span> spans : spansBySentence) {
            for (Span s : spans) {
                if (s.source().equals("weak")) continue;
                strong.add(s.text());
                // "Pachocki" after "Jakub Pachocki": a person's name used alone is theirs, not a company's
                if (s.type() == EntityType.Person) {
                    for (CoreLabel t : sentences.get(s.sentence()).tokens().subList(s.from(), s.to())) strong.add(t.word());
                }
            }
        }
        Map<String, Integer> tagged = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            List<CoreLabel> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                String word = tokens.get(k).word();
                if (!candidate(tokens, k)) continue;
                times.merge(word, 1, Integer::sum);
                String ner = tokens.get(k).ner();
                if (ner == null || ner.equals("O")) continue;
                tagged.merge(word, 1, Integer::sum);
                if (!ner.endsWith("LOC") && !ner.endsWith("LOCATION")) notPlace.add(word);
                EntityType type = cueType(tokens, k);
                if (type != null && cued.get(word) != EntityType.Model) cued.put(word, type);
            }
        }
        Set<String> names = new HashSet<>();
        for (Map.Entry<String, Integer> e : times.entrySet()) {
            String word = e.getKey();
            if (e.getValue() >= MIN_TIMES && tagged.getOrDefault(word, 0) >= MIN_TAGGED && notPlace.contains(word)
                    && !strong.contains(word)) names.add(word);
        }
        if (names.isEmpty()) return spansBySentence;
        List<List<Span>> out = new ArrayList<>();
        for (int i = 0; i < spansBySentence.size(); i++) {
            List<CoreLabel> tokens = sentences.get(i).tokens();
            List<Span> spans = new ArrayList<>(spansBySentence.get(i));
            for (int k = 0; k < tokens.size(); k++) {
                String word = tokens.get(k).word();
                if (!names.contains(word) || !candidate(tokens, k)) continue;
                int at = k;
                if (spans.stream().anyMatch(s -> !s.source().equals("weak") && s.from() <= at && at < s.to())) continue;
                spans.removeIf(s -> s.from() <= at && at < s.to());
                CoreLabel t = tokens.get(k);
                spans.add(new Span(i, k, k + 1, t.beginPosition(), t.endPosition(), word,
                        cued.getOrDefault(word, EntityType.Company), "recurring", null));
            }
            spans.sort(java.util.Comparator.comparingInt(Span::from));
            out.add(spans);
        }
        return out;
    }

    /** A capitalised word read as a proper noun, not a known given name or a common label, not inside a longer tagged name. */
    private boolean candidate(List<CoreLabel> tokens, int k) {
        CoreLabel t = tokens.get(k);
        String word = t.word();
        if (!RepeatedNames.properNoun(t) || word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (cues.isGivenName(word) || cues.is("not-name", word) || cues.is("role-word", word)) return false;
        String ner = t.ner();
        if (ner == null || ner.equals("O")) return true;
        return !(k > 0 && ner.equals(tokens.get(k - 1).ner())) && !(k + 1 < tokens.size() && ner.equals(tokens.get(k + 1).ner()));
    }

    private EntityType cueType(List<CoreLabel> tokens, int k) {
        String before = k > 0 ? tokens.get(k - 1).word() : "";
        String after = k + 1 < tokens.size() ? tokens.get(k + 1).word() : "";
        if (cues.is("model-cue", before) || cues.is("model-cue", after)) return EntityType.Model;
        if (cues.is("product-cue", before) || cues.is("product-cue", after)) return EntityType.Product;
        return null;
    }
}
