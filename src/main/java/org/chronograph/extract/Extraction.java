package org.chronograph.extract;

import java.util.List;
import org.chronograph.source.Article;

/**
 * Everything extracted from one article: a pure value, with no link to any database.
 *
 * @param sentences the article's sentences (clean text) by index, as {@link Mention#sentence()} counts them; empty
 *                  when the extraction did not keep them
 */
public record Extraction(Article article, List<Entity> entities, List<Event> events, List<Move> moves,
                         List<String> sentences) implements java.io.Serializable {
    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        moves = List.copyOf(moves);
        sentences = List.copyOf(sentences);
    }

    /** An extraction that keeps no sentences. */
    public Extraction(Article article, List<Entity> entities, List<Event> events, List<Move> moves) {
        this(article, entities, events, moves, List.of());
    }
}
