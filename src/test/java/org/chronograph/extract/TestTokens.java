package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/** Tokens for tests of gates and matchers, written "word/lemma/TAG" ("joined/join/VBD"). */
final class TestTokens {
    private TestTokens() {
    }

    static List<CoreLabel> of(String... wordLemmaTag) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : wordLemmaTag) {
            String[] p = w.split("/");
            CoreLabel t = new CoreLabel();
            t.setWord(p[0]);
            t.setLemma(p[1]);
            t.setTag(p[2]);
            out.add(t);
        }
        return out;
    }
}
