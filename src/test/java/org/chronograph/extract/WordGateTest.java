package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate a TokensRegex trigger rule puts before its matcher: shut only where the rule cannot match. */
class WordGateTest {
    private static WordGate.Sentence sentence(String... wordLemmaTag) {
        return new WordGate.Sentence(TestTokens.of(wordLemmaTag));
    }

    private static WordGate gate(String pattern) {
        return WordGate.of(TokenSequencePattern.compile(pattern));
    }

    @Test
    void aSentenceWithADashOrCurlyQuotesIsStillShutToRulesWhoseWordsItLacks() {
        // a dash, curly quotes or a euro sign have no case: lower-casing tells as well as for plain words
        WordGate joins = gate("[{lemma:/join|rejoin/}]");
        assertThat(joins.admits(sentence("Acme/Acme/NNP", "—/—/:", "“/“/``", "a/a/DT", "€5M/€5m/CD", "round/round/NN", "”/”/''")))
                .isFalse();
        assertThat(joins.admits(sentence("Ana/Ana/NNP", "—/—/:", "joined/join/VBD", "“/“/``", "Orbit/Orbit/NNP"))).isTrue();
        assertThat(gate("[{word:/rolled/}] [{word:/out/}]")
                .admits(sentence("“/“/``", "Rolled/roll/VBN", "out/out/RP", "”/”/''"))).isTrue();
    }

    @Test
    void aTokenWhoseCaseFormsALowerCaseMissesLetsEveryRuleThrough() {
        // "ſ" (long s) matches "s" in a case-insensitive pattern but lower-cases to itself: the rule itself decides
        WordGate joins = gate("[{word:/joins/}]");
        assertThat(joins.admits(sentence("Ana/Ana/NNP", "JOINſ/joinſ/VBZ"))).isTrue();
        assertThat(joins.admits(sentence("Ana/Ana/NNP", "leaves/leave/VBZ"))).isFalse();
    }

    @Test
    void lowerCaseTellsForPlainLettersAndCaselessSymbolsOnly() {
        assertThat(WordGate.lowerCaseTells("Zürich")).isTrue();
        assertThat(WordGate.lowerCaseTells("—")).isTrue();
        assertThat(WordGate.lowerCaseTells("“OpenAI”")).isTrue();
        assertThat(WordGate.lowerCaseTells("€5M")).isTrue();
        assertThat(WordGate.lowerCaseTells("ſ")).isFalse();
        assertThat(WordGate.lowerCaseTells("İstanbul")).isFalse();
        assertThat(WordGate.lowerCaseTells("Ⓐ")).isFalse();
    }

    @Test
    void aPatternOpeningWithAnAlternationNeedsATokenOneOfItsBranchesMatches() {
        WordGate shipped = gate("([{word:/dropped|shipped/}] | [{word:/open/}] [{word:/-/}] [{word:/sourced/}])");
        assertThat(shipped.admits(sentence("Acme/Acme/NNP", "shipped/ship/VBD", "Vega/Vega/NNP"))).isTrue();
        assertThat(shipped.admits(sentence("Acme/Acme/NNP", "open/open/JJ", "-/-/HYPH", "sourced/source/VBD"))).isTrue();
        assertThat(shipped.admits(sentence("Acme/Acme/NNP", "released/release/VBD", "Vega/Vega/NNP"))).isFalse();
        // a pattern any token matches, or one taking tokens without a token pattern, is never shut
        assertThat(gate("([{word:/shipped/}] | [] [{word:/out/}])").admits(sentence("Acme/Acme/NNP", "left/leave/VBD"))).isTrue();
    }
}
