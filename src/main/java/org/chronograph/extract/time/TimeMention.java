package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.util.Objects;

/**
 * One temporal expression found in a sentence, with its normalized date.
 *
 * @param start    offset of the first character in the sentence
 * @param end      offset just past the last character
 * @param text     the matched surface form, {@code sentence.substring(start, end)}
 * @param date     the normalized date, never null
 * @param relative true when the date was resolved against the context (an earlier date or the publication date)
 * @param fromPublication true when it was counted from the publication date alone, whatever the article told before
 *                        ("last year", "three years ago", "l'an dernier")
 */
public record TimeMention(int start, int end, String text, EventDate date, boolean relative, boolean fromPublication) {
    /** A mention that does not say whether it was counted from the publication date alone (it was not). */
    public TimeMention(int start, int end, String text, EventDate date, boolean relative) {
        this(start, end, text, date, relative, false);
    }

    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
