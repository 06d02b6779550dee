package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The shape of a definite description, read from tokens and tags: a determiner, up to {@value #MODIFIERS} modifiers,
 * its noun ("la jeune pousse", "the British software group", "l'ancienne directrice"), then its complement ("du
 * cloud", "of Vantis"). Shared by the company descriptions of {@link Anaphora} and the person descriptions of
 * {@link PersonDescriptions}, which differ only in their determiner lists and in which names a modifier may not be.
 */
final class DescriptionPhrase {
    /** Modifiers between the determiner and the noun at most. */
    static final int MODIFIERS = 2;

    private DescriptionPhrase() {
    }

    /**
     * The determiner of cue list {@code determiners} before the noun at {@code i}, right before it or across up to
     * {@value #MODIFIERS} modifiers (adjectives or nouns, none of them a token {@code inName} refuses), else -1.
     */
    static int determiner(Cues cues, String determiners, List<CoreLabel> toks, int i, IntPredicate inName) {
        for (int d = i - 1; d >= Math.max(0, i - 1 - MODIFIERS); d--) {
            if (cues.is(determiners, toks.get(d).word())) return d;
            String tag = toks.get(d).tag();
            if (!(PosTags.adjective(tag) || PosTags.noun(tag)) || inName.test(d)) return -1;
        }
        return -1;
    }

    /** The first token after the complement that follows the noun at {@code i} (nouns, adjectives, determiners, prepositions, numbers). */
    static int complementEnd(List<CoreLabel> toks, int i) {
        int j = i + 1;
        while (j < toks.size() && complement(toks.get(j).tag())) j++;
        return j;
    }

    /** A word of a description's complement: nouns, adjectives, determiners, prepositions, numbers, a possessive 's. */
    private static boolean complement(String tag) {
        return tag != null && (PosTags.adjective(tag) || PosTags.noun(tag) || tag.matches("DT|DET|IN|ADP|CD|NUM|POS"));
    }
}
