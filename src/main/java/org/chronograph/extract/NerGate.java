package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence is worth the NER models, told from its tokens and tags: one where no word but the first has an
 * upper-case letter, and the first is a closed-class word ("The", "In", "It", "But": a determiner, pronoun,
 * preposition, conjunction, adverb, auxiliary) with no capital past its first letter, names no one the statistical
 * models would find; its tokens are tagged {@code O} without running them. NER is the dearest per-token stage after
 * the parse (three CRF models in English), and such sentences are a large share of prose.
 */
final class NerGate {
    /** Closed-class part-of-speech tags, Penn (English) and Universal (French). */
    private static final Set<String> CLOSED = Set.of(
            "DT", "PDT", "PRP", "PRP$", "IN", "CC", "RB", "RBR", "RBS", "WDT", "WP", "WP$", "WRB", "EX", "TO", "MD",
            "DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX");

    private NerGate() {
    }

    /** True when the NER models may find a name in these tokens (a word with a capital past the first, or an open-class first word). */
    static boolean needsNer(List<CoreLabel> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            for (int k = i == 0 ? 1 : 0; k < w.length(); k++) {
                if (Character.isUpperCase(w.charAt(k)) || Character.isTitleCase(w.charAt(k))) return true;
            }
            if (i == 0 && !w.isEmpty() && !Character.isLowerCase(w.charAt(0)) && !CLOSED.contains(tokens.get(i).tag())) return true;
        }
        return false;
    }
}
