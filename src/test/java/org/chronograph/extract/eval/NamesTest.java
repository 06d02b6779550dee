package org.chronograph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name normalisation, with the values score.py's {@code norm()} gives (checked with Python 3.11). */
class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Timothée Lacroix    | timothee lacroix
            ÉCOLE Polytechnique | ecole polytechnique
            é                   | e
            Ångström            | angstrom
            İstanbul            | istanbul
            """)
    void accentsAndCaseAreIgnored(String name, String expected) {
        assertThat(Names.norm(name)).isEqualTo(expected);
    }

    @Test
    void caseFoldingIsPythonsNotLowerCase() {
        assertThat(Names.norm("Straße")).isEqualTo("strasse").isEqualTo(Names.norm("STRASSE"));
        assertThat(Names.norm("ẞ")).isEqualTo("ss");
        assertThat(Names.norm("Οδυσσέας")).isEqualTo("οδυσσεασ").isEqualTo(Names.norm("ΟΔΥΣΣΕΑΣ"));
        assertThat(Names.norm("ꭰ")).as("Cherokee folds to its capitals").isEqualTo("Ꭰ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GPT-3.5           | gpt 3 5
            "  Meta,  Inc. "  | meta inc
            x_y               | x_y
            DeepSeek‑R1       | deepseek r1
            ½                 | 1 2
            ﬁnance            | finance
            Ⅻ                 | xii
            x²                | x2
            Ｍｅｔａ          | meta
            ǅemal             | dzemal
            """)
    void punctuationRunsBecomeOneSpaceAndCompatibilityFormsUnfold(String name, String expected) {
        assertThat(Names.norm(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Information | information
            Le Monde        | monde
            L’Oréal         | oreal
            l'Oreal         | oreal
            Les Échos       | echos
            La La Land      | la land
            the the         | the
            the             | the
            Lesotho Bank    | lesotho bank
            Theranos        | theranos
            """)
    void oneLeadingArticleIsRemoved(String name, String expected) {
        assertThat(Names.norm(name)).isEqualTo(expected);
    }

    @Test
    void nothingLeftGivesTheEmptyForm() {
        assertThat(Names.norm(null)).isEmpty();
        assertThat(Names.norm("—")).isEmpty();
        assertThat(Names.norm(" ... ")).isEmpty();
    }

    @Test
    void lettersAndDigitsOfOtherScriptsAreWordCharacters() {
        assertThat(Names.norm("٣ بنك")).isEqualTo("٣ بنك");
        assertThat(Names.word('_')).isTrue();
        assertThat(Names.word('\u0301')).as("a combining mark is not a word character").isFalse();
    }
}
