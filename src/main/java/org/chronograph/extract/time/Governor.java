package org.chronograph.extract.time;

/**
 * The verb a date depends on in the sentence's parse, as character offsets into the sentence: from its first
 * auxiliary ("sera" of "sera intégré", "will" of "will be folded") to the end of the verb. {@code bareParticiple}: a
 * past participle with no auxiliary ("Racheté par Helixa le 25 novembre, ...", "Acquired on 25 November, ..."), which
 * tells a past fact whatever the main clause's tense.
 */
public record Governor(int start, int end, boolean bareParticiple) {

    /** Finds the governing verb of the date at [start, end) of the sentence; {@code null} when the parse gives none. */
    @FunctionalInterface
    public interface Finder {
        /** No parse: the tense comes from the cue words alone. */
        Finder NONE = (start, end) -> null;

        Governor of(int start, int end);
    }
}
