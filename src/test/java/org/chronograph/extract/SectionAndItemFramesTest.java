package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The year a month told without one falls in, as the page's parts set it: a short sentence opening a section frames the
 * section's months by the year it names ("## People" then "The rivalry turned bitter in 2025. Veltrix hit back in October ..."), a longer
 * one telling a backstory in passing does not; a list item's months are not framed by a date another item told
 * ("- ... sued it in June 2024." then "- ... Signed on from Orvane in January"), unless that item opened with its date, as a
 * chronology's entries do ("- In 2025, ..." then "- In March, ..."). Pages of ours.
 */
class SectionAndItemFramesTest {

    private static boolean has(Extraction x, EventType type, String person, String value) {
        return x.events().stream().anyMatch(e -> e.type() == type && e.date() != null && e.date().value().equals(value)
                && SharedExtractor.names(e).contains(person));
    }

    @Test
    void aShortSentenceOpeningASectionFramesItsMonths() {
        Extraction en = SharedExtractor.extract("""
                # Veltrix and Solvane

                Veltrix and Solvane sell speech models to call centres.

                ## People

                The rivalry turned bitter in 2025. Veltrix hit back in October by bringing in Solvane's sales chief, Mara Quell, as its chief revenue officer.
                """, "en", LocalDate.of(2026, 11, 24));
        assertThat(has(en, EventType.JOIN, "Mara Quell", "2025-10")).as("%s", en.events()).isTrue();
        Extraction fr = SharedExtractor.extract("""
                # Orbis et Solvane

                Orbis et Solvane vendent des modèles de langue aux banques.

                ## Orbis

                Le groupe a changé de tête en 2025. Léa Vautrin en est devenue la directrice générale en avril, après six ans chez Solvane.
                """, "fr", LocalDate.of(2026, 10, 14));
        assertThat(has(fr, EventType.DEPARTURE, "Léa Vautrin", "2025-04")).as("%s", fr.events()).isTrue();
    }

    @Test
    void aBackstoryOpeningASectionFramesNoMonth() {
        Extraction en = SharedExtractor.extract("""
                # Veltrix under scrutiny

                Veltrix spent September answering regulators.

                ## Research ties

                Veltrix was spun out of the Orvane Institute in 2022, where its founders, Mara Quell and Ilan Dusk, met in a speech lab. In September, Veltrix hired Tomas Brill from Solvane to lead a new devices team.
                """, "en", LocalDate.of(2026, 10, 14));
        assertThat(has(en, EventType.JOIN, "Tomas Brill", "2026-09")).as("%s", en.events()).isTrue();
    }

    @Test
    void aListItemsMonthIsNotFramedByAnotherItem() {
        Extraction en = SharedExtractor.extract("""
                # Who runs Veltrix

                These are the people who matter at Veltrix.

                - **Ruth Ellery**, general counsel. She handled the dispute with Solvane, which took Veltrix to court in June 2024.
                - **Tobias Brand**, chief financial officer. Signed on from Orvane in January to prepare a listing.
                """, "en", LocalDate.of(2026, 11, 18));
        assertThat(has(en, EventType.JOIN, "Tobias Brand", "2026-01")).as("%s", en.events()).isTrue();
    }

    @Test
    void anItemOpenedByItsDateFramesTheNextItems() {
        Extraction en = SharedExtractor.extract("""
                # Solvane in brief

                Solvane AI makes legal models.

                ## Earlier

                - In 2025, Solvane opened a London office.
                - In March, it released Solvane Draft 2, its first model sold abroad.
                """, "en", LocalDate.of(2026, 12, 4));
        assertThat(en.events()).as("%s", en.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.RELEASE);
            assertThat(e.date().value()).isEqualTo("2025-03");
        });
    }
}
