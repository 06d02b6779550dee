package org.chronograph.extract;

import java.util.List;
import org.chronograph.source.Article;

/**
 * Everything extracted from one article: a pure value, with no link to any database; {@code work} says how much
 * text was analysed for it.
 *
 * @param sentences the article's sentences (clean text) by index, as {@link Mention#sentence()} counts them; empty
 *                  when the extraction did not keep them
 */
public record Extraction(Article article, List<Entity> entities, List<Event> events, List<Move> moves,
                         List<String> sentences, Work work) implements java.io.Serializable {
    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        moves = List.copyOf(moves);
        sentences = List.copyOf(sentences);
        if (work == null) work = Work.NONE;
    }

    /** Facts made elsewhere than from text (stored, synthetic): no work counted. */
    public Extraction(Article article, List<Entity> entities, List<Event> events, List<Move> moves, List<String> sentences) {
        this(article, entities, events, moves, sentences, Work.NONE);
    }

    /** An extraction that keeps no sentences and counts no work. */
    public Extraction(Article article, List<Entity> entities, List<Event> events, List<Move> moves) {
        this(article, entities, events, moves, List.of(), Work.NONE);
    }

    /**
     * What extraction analysed: sentences and tokens (as CoreNLP counts them), and how many of them it parsed
     * (the rest got tokens, tags and names only).
     */
    public record Work(int sentences, int tokens, int parsedSentences, int parsedTokens) implements java.io.Serializable {
        public static final Work NONE = new Work(0, 0, 0, 0);

        static Work of(List<AnalyzedSentence> sentences) {
            int tokens = 0;
            int parsed = 0;
            int parsedTokens = 0;
            for (AnalyzedSentence s : sentences) {
                tokens += s.tokens().size();
                if (s.parse().made()) {
                    parsed++;
                    parsedTokens += s.tokens().size();
                }
            }
            return new Work(sentences.size(), tokens, parsed, parsedTokens);
        }

        /** The sum of two counts. */
        public Work plus(Work o) {
            return new Work(sentences + o.sentences, tokens + o.tokens, parsedSentences + o.parsedSentences, parsedTokens + o.parsedTokens);
        }
    }
}
