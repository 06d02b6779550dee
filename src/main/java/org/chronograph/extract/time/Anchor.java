package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.time.LocalDate;

/**
 * The two references a relative expression can be resolved against while one sentence is read.
 *
 * @param narrative the last date mentioned (earlier in the sentence or article), else the publication day, or null
 * @param published the publication date, or null
 */
record Anchor(EventDate narrative, LocalDate published) {

    /** The same anchor after a date was mentioned. */
    Anchor after(EventDate mentioned) {
        return new Anchor(mentioned, published);
    }

    /** Year of the narrative anchor, or null when there is none. */
    Integer narrativeYear() {
        return narrative == null ? null : narrative.year();
    }
}
