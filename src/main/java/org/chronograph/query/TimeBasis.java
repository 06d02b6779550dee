package org.chronograph.query;

import java.util.Locale;

/** Which date places an event on a timeline: when it happened, or when it was first reported. */
public enum TimeBasis {
    /** The event's own date (undated events sort last and fall outside any period). */
    EVENT,
    /** The publication date of the earliest article that reports it. */
    PUBLISHED;

    /**
     * The basis named {@code text} in any case ({@code event}, {@code published}); {@code null} or blank is {@link #EVENT}.
     *
     * @throws InvalidQueryException for another name
     */
    public static TimeBasis parse(String text) {
        if (text == null || text.isBlank()) {
            return EVENT;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "event" -> EVENT;
            case "published", "publication" -> PUBLISHED;
            default -> throw new InvalidQueryException("not a time basis: '" + text.strip() + "' (event or published)");
        };
    }
}
