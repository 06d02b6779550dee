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
 * @param frame         the date whose year a month or day told without one takes (the narrative's, unless a year
 *                      was told aside since: see {@link Frames#aside})
 */
record Anchor(EventDate narrative, LocalDate published, boolean onPublication, Tense tense, EventDate frame) {

    /** The same anchor after a date was mentioned. */
    Anchor after(EventDate mentioned) {
        return new Anchor(mentioned, published, false, tense, mentioned);
    }

    /**
     * The same anchor after a month or day placed by the publication date ("last September", "in late November"): a
     * later month told without a year is placed by the publication date too ("announced last September, began
     * shipping in January" is the January before publication, not the one before September).
     */
    Anchor onPublication(EventDate mentioned) {
        return new Anchor(mentioned, published, onPublication, tense, frame);
    }

    /**
     * The same anchor after a date counted from the publication day alone ("last September", "on Monday") while a
     * story's year framed the sentence: a later month told without a year is placed by the publication day, as it
     * would be had the story named no year ("In 2024, ..." then "the arm, announced last September, began shipping in
     * January" is the January before publication).
     */
    Anchor byPublication(EventDate mentioned) {
        return published == null ? after(mentioned) : new Anchor(mentioned, published, true, tense, mentioned);
    }

    /** The same anchor after a year told aside: relatives count from it, a bare month keeps the frame it had. */
    Anchor aside(EventDate mentioned) {
        return new Anchor(mentioned, published, onPublication, tense, frame);
    }

    /** The same anchor for an expression told in this tense. */
    Anchor in(Tense t) {
        return t == tense ? this : new Anchor(narrative, published, onPublication, t, frame);
    }

    /** Year of the frame, or null when there is none. */
    Integer frameYear() {
        return frame == null ? null : frame.year();
    }

    /** Year of the narrative anchor, or null when there is none. */
    Integer narrativeYear() {
        return narrative == null ? null : narrative.year();
    }
}
