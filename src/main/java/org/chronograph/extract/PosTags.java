package org.chronograph.extract;

/**
 * What a part-of-speech tag says, read the same way for English (Penn tags: VBD, NNS) and French (universal tags:
 * VERB, NOUN): the tests the event features, the detector and the date readers share. A null tag is none of them.
 */
final class PosTags {
    private PosTags() {
    }

    /** A verb: any Penn VB* tag or universal VERB (not an auxiliary). */
    static boolean verb(String tag) {
        return tag != null && (tag.startsWith("VB") || tag.equals("VERB"));
    }

    /** A common noun: Penn NN, NNS or universal NOUN. */
    static boolean commonNoun(String tag) {
        return tag != null && (tag.equals("NN") || tag.equals("NNS") || tag.equals("NOUN"));
    }

    /** A noun, proper names included: any Penn NN* tag, universal NOUN or PROPN. */
    static boolean noun(String tag) {
        return tag != null && (tag.startsWith("NN") || tag.equals("NOUN") || tag.equals("PROPN"));
    }

    /** A verb or an auxiliary: any Penn VB* tag, universal VERB or AUX ("a", "est", "was" in French UD). */
    static boolean verbOrAuxiliary(String tag) {
        return verb(tag) || "AUX".equals(tag);
    }

    /** An adverb: Penn RB* or universal ADV. */
    static boolean adverb(String tag) {
        return tag != null && (tag.startsWith("RB") || tag.equals("ADV"));
    }

    /** A personal pronoun: Penn PRP, universal PRON. */
    static boolean pronoun(String tag) {
        return tag != null && (tag.equals("PRP") || tag.equals("PRON"));
    }

    /** An adjective: Penn JJ* or universal ADJ. */
    static boolean adjective(String tag) {
        return tag != null && (tag.startsWith("JJ") || tag.equals("ADJ"));
    }

    /**
     * The prefix of the word features that carry a token's part of speech ({@code v=} a verb's lemma, {@code n=} a
     * common noun's), or null: what {@link EventFeatures} writes and {@link EventDetector} reads back.
     */
    static String wordFeaturePrefix(String tag) {
        return verb(tag) ? "v=" : commonNoun(tag) ? "n=" : null;
    }
}
