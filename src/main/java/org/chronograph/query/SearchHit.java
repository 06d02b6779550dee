package org.chronograph.query;

import java.util.List;

/**
 * An entity a search found.
 *
 * @param key      its key
 * @param name     its name
 * @param type     its type
 * @param aliases  its other names
 * @param articles articles that mention it
 * @param events   events it takes part in
 * @param moves    moves it takes part in
 * @param match    how it was found: {@code exact} (a name or alias equal to the words), {@code prefix} (words that
 *                 start like them), {@code infix} (words that hold them) or {@code fuzzy} (words spelled nearly like
 *                 them: a "did you mean")
 * @param matched  the name or alias that matched (the name itself, or an alias such as "Facebook" for Meta)
 */
public record SearchHit(String key, String name, String type, List<String> aliases, long articles, long events, long moves,
                        String match, String matched) {
    public SearchHit {
        aliases = List.copyOf(aliases);
    }
}
