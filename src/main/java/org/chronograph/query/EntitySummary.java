package org.chronograph.query;

import java.util.List;

/**
 * An entity in a list, with how much the graph says about it.
 *
 * @param key      its key
 * @param name     its name
 * @param type     its type
 * @param aliases  its other names
 * @param articles articles that mention it
 * @param events   events it takes part in
 * @param moves    moves it takes part in (as the person, or the organization left or joined)
 */
public record EntitySummary(String key, String name, String type, List<String> aliases, long articles, long events,
                            long moves) {
    public EntitySummary {
        aliases = List.copyOf(aliases);
    }
}
