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

    /** {@code parse} is being read (made now or already), on the reader's thread. */
    default void read(Parse parse) {
    }

    /** Semgrex rules left to match on {@code parse} before it is made: it will be made for them. */
    default void liveRules(Parse parse, List<EventRules.Rule> rules) {
        liveRules(rules);
    }

    /** A live Semgrex rule was matched on {@code parse}'s graph, {@code found} times. */
    default void matched(Parse parse, EventRules.Rule rule, int found) {
    }
}
