package org.chronograph.query;

/**
 * An entity linked to another one, and how.
 *
 * @param key       its key
 * @param name      its name
 * @param type      its type
 * @param relation  {@code affiliated}, {@code joined}, {@code left}, {@code moved}, an event type in lower case
 *                  (they take part in such events together), or {@code co-mentioned} (named in the same sentences);
 *                  see {@link NeighboursQuery#RELATIONS}
 * @param direction {@code out} (from the entity asked about to this one: the person's organization, the organization
 *                  the person joined or left, the organization people moved to), {@code in} (the other way), or
 *                  {@code both} (shared events)
 * @param count     how many stints, moves or events make the link (for {@code co-mentioned}: sentences)
 * @param first     the earliest date value among them, or {@code null}
 * @param last      the latest date value among them, or {@code null}
 */
public record Neighbour(String key, String name, String type, String relation, String direction, long count,
                        String first, String last) {
}
