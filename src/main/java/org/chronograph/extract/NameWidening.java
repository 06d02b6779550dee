package org.chronograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Widens a mention that the statistical tagger cut short to the longer name the article uses elsewhere: when the
 * article names "Nova Systems" and a sentence's tagger saw only "Systems" right after "Nova", the mention is
 * "Nova Systems". Only a name of two or more words found in the same article widens a mention, and only by the
 * one or two words right before it, when no other mention holds them. Stateless.
 */
final class NameWidening {
    private static final int MAX_WORDS = 2;

    private NameWidening() {
    }

    /** The spans of each sentence, widened where the article's longer names say so. */
    static List<List<Span>> widen(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence) {
        Map<String, Span> longNames = new HashMap<>();
        for (List<Span> spans : spansBySentence) {
            for (Span s : spans) {
                if (s.length() >= 2) longNames.putIfAbsent(s.text(), s);
            }
        }
        if (longNames.isEmpty()) return spansBySentence;
        List<List<Span>> out = new ArrayList<>();
        for (int i = 0; i < spansBySentence.size(); i++) {
            AnalyzedSentence sentence = sentences.get(i);
            List<Span> spans = spansBySentence.get(i);
            List<Span> widened = new ArrayList<>();
            for (Span s : spans) widened.add(widen(sentence, spans, s, longNames));
            out.add(widened);
        }
        return out;
    }

    private static Span widen(AnalyzedSentence sentence, List<Span> spans, Span s, Map<String, Span> longNames) {
        for (int k = MAX_WORDS; k >= 1; k--) {
            int from = s.from() - k;
            if (from < 0) continue;
            String name = sentence.span(from, s.to());
            Span known = longNames.get(name);
            if (known == null || known.length() != s.length() + k) continue;
            boolean taken = spans.stream().anyMatch(o -> o != s && o.from() < s.from() && o.to() > from);
            if (taken) continue;
            int begin = sentence.tokens().get(from).beginPosition();
            return new Span(s.sentence(), from, s.to(), begin, s.end(), name, known.type(), known.source(), known.canonical());
        }
        return s;
    }
}
