package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertTyped;

import org.junit.jupiter.api.Test;

/**
 * Common given names of many languages are known (bundled {@code given-names.txt}), and a surname that is also a word of
 * the not-name list ("Page", "Day") stays in a person's name after a known given name. Sentences of ours.
 */
class GivenNamesTest {

    @Test
    void aSurnameThatIsAlsoAHeadingWordStaysInTheName() {
        assertTyped("Nat Page co-founded Solvane in 2019 and Ines Day joined Veltrix a year later.", "en",
                "Nat Page=Person; Ines Day=Person");
    }

    @Test
    void commonGivenNamesOfManyLanguagesAreKnown() {
        Cues cues = Cues.bundled();
        for (String given : java.util.List.of("Larry", "Nick", "Bret", "Nat", "Vinod", "Rajesh", "Giovanni", "Jörg", "Chinedu")) {
            org.assertj.core.api.Assertions.assertThat(cues.isGivenName(given)).as(given).isTrue();
        }
        // names of products or models and words a sentence opens with are left out
        for (String word : java.util.List.of("Gemma", "Bing", "Kimi", "Will", "Can", "April")) {
            org.assertj.core.api.Assertions.assertThat(cues.isGivenName(word)).as(word).isFalse();
        }
    }
}
