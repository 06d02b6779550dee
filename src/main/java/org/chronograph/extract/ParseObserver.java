package org.chronograph.extract;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Told what makes extraction parse a sentence: for profiling ({@code ExtractionProfile} in the test sources). Given
 * to an extractor when it is built ({@link Extractor#observed}); extraction as users run it has {@link #NONE}, and
 * the hot path pays one call of an empty method.
 */
interface ParseObserver {
    /** Told nothing. */
    ParseObserver NONE = new ParseObserver() {
    };

    /**
     * A sentence is about to be parsed on demand, on the thread that reads its parse (so the reader is on the
     * stack).
     */
    default void parsing(CoreMap sentence) {
    }

    /** Semgrex event rules left to match on a sentence not parsed yet: its parse will be made for them. */
    default void liveRules(List<EventRules.Rule> rules) {
    }
}
