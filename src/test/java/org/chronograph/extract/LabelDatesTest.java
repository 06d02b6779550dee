package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertEvents;
import static org.chronograph.extract.SharedExtractor.dated;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Dates of events told in a list item whose label gives a year and whose text gives a finer date of it, and of events
 * told with a season or a vague "a few months later" (sentences of ours, through the whole extraction).
 */
class LabelDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 18);

    @Test
    void aLabelsYearToldAgainFinerDatesTheEventFiner() {
        // "(2019)" sums the item up; "en juin 2019" after the colon is the listing's own date
        assertEvents("""
                ### Les grandes étapes

                - **Rachat de Mistral AI (2019)** : Nvidia a racheté Mistral AI en juin 2019 pour 40 millions d'euros.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).contains("Nvidia") && dated(e, "2019-06"));
    }

    @Test
    void anItemUnderAHeadingOfReleasesTakesItsLabelsYearToldAgainFiner() {
        // the release is the heading's (HeadingItems): "(2023)" opens the item, "en août 2023" dates it
        assertEvents("""
                ### Principaux modèles

                - **Vega 2 (2023)** : un modèle spécialisé dans le code, publié en open source en août 2023.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).contains("Vega 2") && dated(e, "2023-08"));
    }

    @Test
    void anEnglishLabelsYearToldAgainFinerDatesTheEventFiner() {
        assertEvents("""
                ### Milestones

                - **Takeover (2021)**: Veltrix acquired Brisel Labs in March 2021 for $40 million.
                """, "en", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).contains("Veltrix") && dated(e, "2021-03"));
    }

    @Test
    void aReportingClauseAfterTheEventDatesIt() {
        // "a annoncé la société le 23 novembre": the event is told on the day it is announced
        assertEvents("""
                Mistral AI a levé 12 millions d'euros auprès de Nvidia, a annoncé la société le 16 novembre.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.FUNDING && names(e).contains("Mistral AI") && dated(e, "2026-11-16"));
        // not yet in English: "Nvidia acquired Brisel Labs for $40 million, the company said on November 16." is parsed
        // with no parataxis between the two verbs, and its acquisition stays undated
    }

    @Test
    void theReportingVerbsAreReadFromTheCuesFile() {
        // extract/cues.tsv holds them, in both languages, whatever case the lemmatizer gives
        Cues cues = Cues.bundled();
        for (String lemma : java.util.List.of("annoncer", "dire", "say", "Announce")) {
            org.assertj.core.api.Assertions.assertThat(cues.is(TriggerDates.REPORTING_VERB, lemma)).as(lemma).isTrue();
        }
        org.assertj.core.api.Assertions.assertThat(cues.is(TriggerDates.REPORTING_VERB, "acquire")).isFalse();
    }

    @Test
    void aSeasonDatesItsEventByItsYear() {
        // the annotations write no season: "au printemps 2021" is 2021
        assertEvents("""
                Jean Martin a quitté Veltrix au printemps 2021 pour rejoindre Solvane.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Jean Martin") && dated(e, "2021"));
    }

    @Test
    void aFewMonthsLaterIsTheYearOfTheDateBefore() {
        assertEvents("""
                Solvane a racheté Lexa en février 2024. Quelques mois plus tard, Solvane a signé un partenariat avec Brisel.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.PARTNERSHIP && names(e).contains("Brisel") && dated(e, "2024"));
    }
}
