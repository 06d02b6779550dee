package org.chronograph.extract;

import java.util.List;
import org.chronograph.source.Article;

/**
 * Everything extracted from one article: a pure value, with no link to any database.
 */
public record Extraction(Article article, List<Entity> entities, List<Event> events, List<Move> moves) implements java.io.Serializable {
    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        moves = List.copyOf(moves);
    }
}
