package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerGateTest {
    @Test
    void aSentenceOfLowerCaseWordsAfterAClosedClassOpenerNeedsNoNer() {
        assertThat(NerGate.needsNer(TestTokens.of("The/the/DT", "model/model/NN", "was/be/VBD", "delayed/delay/VBN", "./././")))
                .isFalse();
        assertThat(NerGate.needsNer(TestTokens.of("Elle/il/PRON", "a/avoir/AUX", "quitté/quitter/VERB", "l'/le/DET",
                "entreprise/entreprise/NOUN"))).isFalse();
    }

    @Test
    void aCapitalPastTheFirstWordCallsForNer() {
        assertThat(NerGate.needsNer(TestTokens.of("The/the/DT", "model/model/NN", "joined/join/VBD", "Zeta/zeta/NNP"))).isTrue();
        // a capital inside a word: "iPhone", "xAI"
        assertThat(NerGate.needsNer(TestTokens.of("It/it/PRP", "runs/run/VBZ", "on/on/IN", "iPhone/iphone/NN"))).isTrue();
    }

    @Test
    void anOpenClassOrProperFirstWordCallsForNer() {
        // "Zeta shipped it": a name may open the sentence
        assertThat(NerGate.needsNer(TestTokens.of("Zeta/zeta/NNP", "shipped/ship/VBD", "it/it/PRP"))).isTrue();
        // a first word the tagger takes for a common noun may still be a name
        assertThat(NerGate.needsNer(TestTokens.of("Zephyr/zephyr/NN", "shipped/ship/VBD", "it/it/PRP"))).isTrue();
        // a capital past the first letter of the first word: "OpenZeta said"
        assertThat(NerGate.needsNer(TestTokens.of("ThePlace/theplace/DT", "said/say/VBD", "so/so/RB"))).isTrue();
    }
}
