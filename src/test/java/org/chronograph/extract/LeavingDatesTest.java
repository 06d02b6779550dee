package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The date of a leaving its sentence gives no date of its own ({@link Event.Leaving}, {@code InferredDates}): told as the
 * leaving end of a move ("came over from X", "venue de X", "left X for Y", "spent seven years at X before setting up
 * Y"), it is at the date of the arrival the sentence tells of the same person; told by a verb with no arrival to date it,
 * at the story's time on the timeline (not in the moves); a past post told in passing ("former X", "ancienne de X"), a
 * leaving told by a noun with nothing to date it, and one of two places left before an arrival stay undated
 * ({@code FORMAT.md}: "Past employers listed without dates are DEPARTUREs with no date"). Sentences of ours.
 */
class LeavingDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 15);

    @Test
    void whereOneCameFromIsLeftAtTheArrivalsDate() {
        assertLeft("Mara Quell, who came over from Brisk Labs, joined Veltrix as chief operating officer in June 2025.",
                "en", "Brisk Labs", "2025-06");
        assertLeft("Paul Ferrand, venu de Solvane, a été nommé directeur technique de Veltrix en février 2025.",
                "fr", "Solvane", "2025-02");
        assertLeft("Sophie Varlin, venue d'Orvane, a rejoint Kelso Labs en septembre 2024.", "fr", "Orvane", "2024-09");
    }

    @Test
    void aPlaceWorkedAtBeforeAnArrivalIsLeftAtItsDate() {
        assertLeft("Tom Ashby spent seven years at Orvane before setting up Kelso Labs in 2023.", "en", "Orvane", "2023");
        assertLeft("Hugo Bernard a fait ses armes chez Orvane avant de cofonder Zenith Labs en 2020.", "fr", "Orvane", "2020");
    }

    @Test
    void ofTwoPlacesWorkedAtNeitherIsLeftAtTheArrivalsDate() {
        Extraction en = SharedExtractor.extract("Ann Lowe worked at Orvane and Brisk Labs before joining Zeta Labs in 2022.",
                "en", PUBLISHED);
        assertThat(en.events()).filteredOn(e -> e.type() == EventType.DEPARTURE).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void aFormerPostStaysUndatedBesideADatedArrival() {
        for (String[] told : new String[][] {
                {"Former Veltrix engineer Lena Dorsey joined Kelso Labs in August 2025.", "en"},
                {"Claire Dubois, ancienne de Veltrix, a rejoint Solvane en mars 2025.", "fr"},
                {"Paul Mercant, transfuge de Solvane, a rejoint Veltrix en septembre 2025.", "fr"}}) {
            Extraction x = SharedExtractor.extract(told[0], told[1], PUBLISHED);
            assertThat(x.events()).as(told[0]).filteredOn(e -> e.type() == EventType.DEPARTURE).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.date()).isNull());
        }
    }

    @Test
    void aLeavingToldByAVerbIsAtTheStorysTimeOnTheTimelineOnly() {
        Extraction fr = SharedExtractor.extract("Julien Castel quitte Orvane après sept ans.", "fr", PUBLISHED);
        SharedExtractor.assertInferred(fr, EventType.DEPARTURE, "2026");
        assertThat(fr.moves()).as("a career's moves are not ordered by an inferred date")
                .allSatisfy(m -> assertThat(m.date()).isNull());
        Extraction en = SharedExtractor.extract("Veltrix opened a Lisbon office in March 2026.\n\n"
                + "Maren Solvik stepped down as chief executive of Orvane after six years.", "en", PUBLISHED);
        assertThat(en.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEPARTURE);
            assertThat(e.date()).isNotNull();
            assertThat(e.date().year()).isEqualTo(2026);
        });
    }

    @Test
    void aLeavingToldByANounTakesNoStoryTime() {
        // a paragraph of its own: the paragraph's date is no longer the story's here, the story's time still is
        Extraction en = SharedExtractor.extract("Veltrix opened a Lisbon office in March 2026.\n\n"
                + "The departure of Jean Marlow still weighs on Orvane.", "en", PUBLISHED);
        assertThat(en.events()).filteredOn(e -> e.type() == EventType.DEPARTURE)
                .allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void aDateAfterTheCommaThatClosesARelativeClauseIsTheMainClauses() {
        // the parser hangs "en 2022" on the relative clause's head ("ingénieure"); the comma closed that clause
        assertLeft("Élise Marvaux a quitté Orvane, où elle était ingénieure, en 2022.", "fr", "Orvane", "2022");
        assertLeft("Tom Arlen left Orvane, where he was an engineer, in 2022.", "en", "Orvane", "2022");
    }

    private static void assertLeft(String sentence, String lang, String left, String date) {
        Extraction x = SharedExtractor.extract(sentence, lang, PUBLISHED);
        assertThat(x.events()).as(sentence + " in " + x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEPARTURE);
            assertThat(SharedExtractor.names(e)).contains(left);
            assertThat(e.date()).isNotNull();
            assertThat(e.date().value()).isEqualTo(date);
            assertThat(e.date().mod()).as("the arrival's date, told").isNull();
        });
    }
}
