package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the mentions the statistical tagger missed of an organization, model or product the article names
 * elsewhere: by the whole name ("Brightline" tagged in one sentence, not in the next), and for an organization of
 * several words by its first word ("Halcyon AI" in the first sentence, then "Halcyon signed a partnership"). News
 * text names a company in full once and by its first word after that, and the tagger, reading each sentence on its
 * own, finds a name in one and not in another. A name is taken only where its first word is read as a proper noun,
 * outside any other mention, and not followed by another capitalised word (which makes another name: "Halcyon
 * Ventures"). The resolver then joins a first word to the full name as it does for tagged short forms. Stateless.
 */
final class RepeatedNames {
    private static final int MIN_LENGTH = 3;

    private RepeatedNames() {
    }

    /** The spans of each sentence, with the untagged mentions of the article's organization, model and product names added. */
    static List<List<Span>> add(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence) {
        Map<List<String>, EntityType> names = new LinkedHashMap<>();
        for (List<Span> spans : spansBySentence) {
            for (Span s : spans) {
                if (s.type() == EntityType.Person || s.source().equals("weak")) continue;
                List<String> words = sentences.get(s.sentence()).tokens().subList(s.from(), s.to()).stream().map(CoreLabel::word).toList();
                if (!named(words.get(0))) continue;
                names.putIfAbsent(words, s.type());
                // a name the gazetteer knows is tagged wherever it occurs; its first word may be another entity ("Meta AI")
                if (s.type().isOrganization() && words.size() >= 2 && s.canonical() == null) names.putIfAbsent(List.of(words.get(0)), s.type());
            }
        }
        if (names.isEmpty()) return spansBySentence;
        List<List<Span>> out = new ArrayList<>();
        for (int i = 0; i < spansBySentence.size(); i++) {
            AnalyzedSentence sentence = sentences.get(i);
            List<Span> spans = new ArrayList<>(spansBySentence.get(i));
            List<CoreLabel> tokens = sentence.tokens();
            for (Map.Entry<List<String>, EntityType> name : names.entrySet()) {
                List<String> words = name.getKey();
                for (int k = 0; k + words.size() <= tokens.size(); k++) {
                    int end = k + words.size();
                    if (!properNoun(tokens.get(k)) || !matches(tokens, k, words) || nameGoesOn(tokens, end) || covered(spans, k, end)) continue;
                    spans.add(new Span(i, k, end, tokens.get(k).beginPosition(), tokens.get(end - 1).endPosition(),
                            sentence.span(k, end), name.getValue(), "repeated", null));
                }
            }
            out.add(spans);
        }
        return out;
    }

    private static boolean named(String word) {
        return word.length() >= MIN_LENGTH && Character.isUpperCase(word.charAt(0));
    }

    private static boolean matches(List<CoreLabel> tokens, int k, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (!tokens.get(k + j).word().equals(words.get(j))) return false;
        }
        return true;
    }

    /** True when the tagger reads the token as a proper noun (English NNP, NNPS; French PROPN). */
    static boolean properNoun(CoreLabel t) {
        String tag = t.tag();
        return tag != null && (tag.startsWith("NNP") || tag.equals("PROPN"));
    }

    /** "Halcyon Ventures": a capitalised word right after makes the name part of another one. */
    private static boolean nameGoesOn(List<CoreLabel> tokens, int next) {
        if (next >= tokens.size()) return false;
        String word = tokens.get(next).word();
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean covered(List<Span> spans, int from, int to) {
        return spans.stream().anyMatch(s -> s.from() < to && from < s.to());
    }
}
