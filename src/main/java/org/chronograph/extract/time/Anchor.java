package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.time.LocalDate;

/**
 * The references a relative expression can be resolved against while one sentence is read.
 *
 * @param narrative     the last date mentioned (earlier in the sentence or article), else the publication day, or null
 * @param published     the publication date, or null
 * @param onPublication true while no date was mentioned yet, or the last one was told in passing (see
 *                      {@link Frames}): a month or day without a year is placed around the publication day
 * @param tense         the tense the expression being resolved is told in
 */
record Anchor(EventDate narrative, LocalDate published, boolean onPublication, Tense tense) {

    /** The same anchor after a date was mentioned. */
    Anchor after(EventDate mentioned) {
        return new Anchor(mentioned, published, false, tense);
    }

    /** The same anchor for an expression told in this tense. */
    Anchor in(Tense t) {
        return t == tense ? this : new Anchor(narrative, published, onPublication, t);
    }

    /** Year of the narrative anchor, or null when there is none. */
    Integer narrativeYear() {
        return narrative == null ? null : narrative.year();
    }
}
