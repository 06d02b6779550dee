package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words of a search, cut and folded as the full-text index cuts and folds names. */
class SearchTextTest {
    @Test
    void wordsAreCutAtSpacesAndHyphensAndFoldedToLowerCaseWithoutAccents() {
        assertThat(SearchText.words("Société Générale")).containsExactly("societe", "generale");
        assertThat(SearchText.words("Talon-3")).containsExactly("talon", "3");
        assertThat(SearchText.words("  Mistral   AI ")).containsExactly("mistral", "ai");
    }

    @Test
    void apostrophesFullStopsAndCommasInsideAWordKeepItWhole() {
        assertThat(SearchText.words("O'Brien")).containsExactly("o'brien");
        assertThat(SearchText.words("O’Brien")).containsExactly("o'brien");
        assertThat(SearchText.words("Gemini 2.5, then")).containsExactly("gemini", "2.5", "then");
    }

    @Test
    void aPrefixQueryRequiresAWordStartingWithEachWordTyped() {
        assertThat(SearchText.prefixQuery("mis ai")).isEqualTo("+mis* +ai*");
        assertThat(SearchText.wordsQuery("Mistral AI")).isEqualTo("+mistral +ai");
    }

    @Test
    void nothingTypedButPunctuationIsNoQuery() {
        assertThat(SearchText.prefixQuery(" -- ")).isNull();
        assertThat(SearchText.wordsQuery(null)).isNull();
    }

    @Test
    void luceneOperatorsTypedByTheUserAreNotQuerySyntax() {
        assertThat(SearchText.prefixQuery("name:x* OR (y~ AND \"z\")^2 \\")).isEqualTo("+name* +x* +or* +y* +and* +z* +2*");
        assertThat(SearchText.prefixQuery("\") RETURN 1 //")).isEqualTo("+return* +1*");
    }
}
