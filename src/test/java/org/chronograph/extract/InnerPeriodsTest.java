package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A period inside a name does not end a sentence ("01.AI", "Character.AI"), nor does one of an initialism before a
 * capitalised word ("the U.S. Department of Justice", "the U.K. Treasury"), read through the whole extraction with the
 * real CoreNLP models.
 */
class InnerPeriodsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 30);

    @Test
    void namesLoseTheirInnerPeriodsToTheTokenizerButInitialismsKeepTheirs() {
        assertThat(Extractor.withoutInnerPeriods("01.AI and Character.AI hired X.AI staff."))
                .isEqualTo("01_AI and Character_AI hired X_AI staff.");
        assertThat(Extractor.withoutInnerPeriods("The U.S. Department and the U.S.A. Team met J.P. Lee."))
                .isEqualTo("The U.S. Department and the U.S.A. Team met J.P. Lee.");
    }

    @Test
    void anInitialismBeforeACapitalisedWordDoesNotEndTheSentence() {
        Extraction x = SharedExtractor.extract("The U.S. Department of Justice sued Orbit Labs in May 2026.", "en", PUBLISHED);
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.LEGAL);
            assertThat(names(e)).contains("Orbit Labs");
            assertThat(e.evidence().sentence()).startsWith("The U.S. Department of Justice sued");
        });
        Extraction moved = SharedExtractor.extract("Jane Doe left the U.K. Treasury for Orbit Labs in 2025.", "en", PUBLISHED);
        assertThat(moved.events()).isNotEmpty().allSatisfy(e ->
                assertThat(e.evidence().sentence()).isEqualTo("Jane Doe left the U.K. Treasury for Orbit Labs in 2025."));
    }
}
