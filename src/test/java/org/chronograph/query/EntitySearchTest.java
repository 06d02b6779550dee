package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySearchTest {

    @Test
    void theWordsOfASearchAreFoldedAndFreeOfLuceneSyntax() {
        assertThat(EntitySearch.terms("Élodie  FAURE")).containsExactly("elodie", "faure");
        assertThat(EntitySearch.terms("\") OR name:* // AND ~2")).containsExactly("or", "name", "and", "2");
        assertThat(EntitySearch.terms(" -- ")).isEmpty();
        assertThat(EntitySearch.terms(null)).isEmpty();
    }

    @Test
    void aSearchHasBoundedWords() {
        assertThat(EntitySearch.terms("x".repeat(50_000))).singleElement().asString().hasSize(EntitySearch.MAX_TERM);
        assertThat(EntitySearch.terms("a b c d e f g h i j k")).hasSize(EntitySearch.MAX_TERMS);
    }

    @Test
    void theMatchedNameIsTheOneTheWordsFit() {
        assertThat(EntitySearch.matched("Meridian", List.of("Meridian Platforms"), List.of("meridian", "plat"),
                "meridian plat", EntitySearch.PREFIX)).isEqualTo("Meridian Platforms");
        assertThat(EntitySearch.matched("Meta", List.of("Facebook"), List.of("facebook"), "facebook", EntitySearch.PREFIX))
                .isEqualTo("Facebook");
        assertThat(EntitySearch.matched("Mistral AI", List.of(), List.of("mistrall"), "mistrall", EntitySearch.FUZZY))
                .isEqualTo("Mistral AI");
    }
}
