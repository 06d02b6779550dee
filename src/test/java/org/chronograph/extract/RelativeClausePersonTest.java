package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A relative clause that hangs off a named person tells of that person, not of the sentence's subject nor of whom a
 * pronoun stands for ("Elle est remplacée par Hugo Lambert, qui avait rejoint Valeo en 2016": Hugo Lambert joined
 * Valeo). Texts of ours, through the whole extraction with the real CoreNLP models.
 */
class RelativeClausePersonTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 2);

    @Test
    void aFrenchRelativeClauseAfterAReplacementIsTheSuccessors() {
        Extraction x = SharedExtractor.extract("# Orbit Labs\n\nClaire Morel a fondé **Orbit Labs** à Lyon en 2015. En 2021, elle "
                + "quitte Orbit Labs pour fonder **Sillon**. Elle est remplacée à la tête d'Orbit Labs par **Hugo Lambert**, qui "
                + "avait rejoint **Valeo** en 2016.", "fr", PUBLISHED);
        assertJoinedOnlyBy(x, "Valeo", "Hugo Lambert", "Claire Morel");
    }

    @Test
    void anEnglishRelativeClauseAfterAReplacementIsTheSuccessors() {
        Extraction x = SharedExtractor.extract("# Zeta Labs\n\nJane Doe co-founded **Zeta Labs** in Boston in 2015. In 2021, she "
                + "left Zeta Labs to found **Halde**. She was replaced as chief executive by **Tom Ray**, who had joined "
                + "**Acme Robotics** in 2019.", "en", PUBLISHED);
        assertJoinedOnlyBy(x, "Acme Robotics", "Tom Ray", "Jane Doe");
    }

    @Test
    void anEnglishRelativeClauseOfTheOneHiredIsNotTheHirers() {
        Extraction x = SharedExtractor.extract("# Zeta Labs\n\nJane Doe co-founded **Zeta Labs** in Boston in 2015. In 2021, she "
                + "hired **Tom Ray**, who had joined **Acme Robotics** in 2019 as an engineer.", "en", PUBLISHED);
        assertJoinedOnlyBy(x, "Acme Robotics", "Tom Ray", "Jane Doe");
    }

    @Test
    void aFrenchRelativeClauseOfTheOneHiredIsNotTheHirers() {
        Extraction x = SharedExtractor.extract("# Orbit Labs\n\nClaire Morel a fondé **Orbit Labs** à Lyon en 2015. En 2022, elle a "
                + "recruté **Hugo Lambert**, qui avait rejoint **Valeo** en 2016 comme ingénieur.", "fr", PUBLISHED);
        assertJoinedOnlyBy(x, "Valeo", "Hugo Lambert", "Claire Morel");
    }

    private static void assertJoinedOnlyBy(Extraction x, String org, String joiner, String other) {
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.JOIN && names(e).containsAll(Set.of(joiner, org)))
                .noneMatch(e -> names(e).containsAll(Set.of(other, org)));
        assertThat(x.moves()).as(x.moves().toString())
                .noneMatch(m -> m.person().name().equals(other) && m.to() != null && m.to().name().equals(org));
    }
}
