package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What the article leaves undated but a reader infers (`InferredDates`): an arrival told beside a dated move of the same
 * person is at that date; a company's event with no date of its own is at the story's time, or the publication's year
 * before any date, marked {@code APPROX} as inferred. A leaving ("former X") and a founder noun take none. Sentences of ours.
 */
class InferredDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 15);

    @Test
    void anArrivalToldBesideADatedMoveTakesItsDate() {
        Extraction en = SharedExtractor.extract("In March 2025 Tomas Brandt was poached from Orvane by Kelso Labs, "
                + "which made him head of research.", "en", PUBLISHED);
        assertThat(en.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.APPOINTMENT);
            assertThat(e.date()).isNotNull();
            assertThat(e.date().value()).isEqualTo("2025-03");
            assertThat(e.date().mod()).as("the sentence tells the date").isNull();
        });
    }

    @Test
    void aCompanysEventBesideAnotherClausesDateTakesTheStorysTime() {
        Extraction en = SharedExtractor.extract("Veltrix opened a Lisbon office in March 2026. "
                + "Solvane, set up in 2023 by two engineers from Veltrix, raised $15 million in a round led by Northgate Capital.",
                "en", PUBLISHED);
        assertThat(en.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.FUNDING);
            assertThat(e.date()).isNotNull();
            assertThat(e.date().year()).isEqualTo(2026);
            assertThat(e.date().mod()).as("inferred, shown as such").isEqualTo("APPROX");
        });
        Extraction fr = SharedExtractor.extract("Veltrix a ouvert un bureau à Lisbonne en mars 2026. "
                + "Claire Dubois, partie de Veltrix en 2024 pour fonder Solvane, qui vient de lever 15 millions d'euros, "
                + "recrute.", "fr", PUBLISHED);
        assertThat(fr.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.FUNDING);
            assertThat(e.date()).isNotNull();
            assertThat(e.date().year()).isEqualTo(2026);
            assertThat(e.date().mod()).as("inferred, shown as such").isEqualTo("APPROX");
        });
    }

    @Test
    void aNewsOpeningWithNoDateIsThePublicationsYear() {
        Extraction fr = SharedExtractor.extract("Solvane a levé 12 millions d'euros auprès de Northgate Capital.", "fr", PUBLISHED);
        SharedExtractor.assertInferred(fr, EventType.FUNDING, "2026");
    }

    @Test
    void aFormerPostAndAFounderNounStayUndated() {
        Extraction en = SharedExtractor.extract("Mara Quell, a former Orvane researcher and co-founder of Brisk Labs, "
                + "joined Kelso Labs in May 2025.", "en", PUBLISHED);
        assertThat(en.events()).filteredOn(e -> e.type() == EventType.DEPARTURE || e.type() == EventType.FOUNDING)
                .allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void anUndatedArrivalIsAtTheStorysTimeOnTheTimelineNotInTheMoves() {
        // a brief's item with no date at all: the publication's year
        Extraction en = SharedExtractor.extract("Mara Quell, who ran research at Orvane, was named chief executive of Veltrix.",
                "en", PUBLISHED);
        assertApproxAppointment(en, "2026");
        assertThat(en.moves()).as("a career's moves are not ordered by an inferred date")
                .allSatisfy(m -> assertThat(m.date()).isNull());
        Extraction fr = SharedExtractor.extract("Claire Dubois, ancienne de Veltrix, est nommée directrice générale de Solvane.",
                "fr", PUBLISHED);
        assertApproxAppointment(fr, "2026");
    }

    @Test
    void aProfilesArrivalToldBeforeAnyDateOutsideItsOpeningStaysUndated() {
        // a profile's achievements told by topic before any date: no event of the publication's year
        Extraction en = SharedExtractor.extract("Mara Quell is the chief executive of Veltrix, a Lisbon start-up.\n\n"
                + "## Achievements\n\n- At Kelso Labs, Mara Quell served as Vice President of Research, where she led the speech team.\n", "en", PUBLISHED, "Mara Quell");
        assertThat(en.events()).filteredOn(e -> e.type() == EventType.APPOINTMENT
                        && e.participants().stream().anyMatch(p -> p.entity().name().equals("Kelso Labs")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void anArrivalTakesTheDateTheArticleTellsElsewhereForTheSameStep() {
        // "At Kelso Labs, ... served as Vice President" and, in another section, her one dated arrival at Kelso Labs
        Extraction en = SharedExtractor.extract("Mara Quell is the chief executive of Veltrix, a Lisbon start-up.\n\n"
                + "## Achievements\n\n- At Kelso Labs, Mara Quell served as Vice President of Research, where she led the speech team.\n\n"
                + "## Career\n\nMara Quell joined Kelso Labs in 2022.\n", "en", PUBLISHED, "Mara Quell");
        assertThat(en.events()).filteredOn(e -> e.type() == EventType.APPOINTMENT
                        && e.participants().stream().anyMatch(p -> p.entity().name().equals("Kelso Labs")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(EventDate.of("2022")));
    }

    @Test
    void aSuccessorTakesThePostWhenItIsLeft() {
        Extraction en = SharedExtractor.extract("Veltrix opened a Lisbon office in 2024. Bruno Levasseur stepped down as "
                + "chief executive of Veltrix in March 2026; Claire Dubois, its operations director, succeeded him.", "en", PUBLISHED);
        assertSuccession(en);
        // (told after a dated sentence of the same paragraph, the French successor takes that paragraph's date first)
        Extraction fr = SharedExtractor.extract("Bruno Levasseur a démissionné "
                + "de la présidence de Veltrix en mars 2026 ; Claire Dubois, sa directrice des opérations, lui succède.", "fr", PUBLISHED);
        assertSuccession(fr);
    }

    private static void assertSuccession(Extraction x) {
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.APPOINTMENT
                        && e.participants().stream().anyMatch(p -> p.entity().name().equals("Claire Dubois")))
                .isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo(EventDate.of("2026-03")));
    }

    /** An appointment dated {@code value} by inference, shown as such (APPROX). */
    private static void assertApproxAppointment(Extraction x, String value) {
        SharedExtractor.assertInferred(x, EventType.APPOINTMENT, value);
    }
}
