package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A known name that the tagger reads as part of a longer name of capitalised words ("Pixel Nordic", a games studio;
 * "Nabla Copilot") gives way to the longer name; titles, cue words, known names and a common word that opens the
 * sentence do not widen it. Sentences of ours.
 */
class KnownNameWideningTest {

    @Test
    void aLongerNameThatStartsOrEndsWithAKnownOneIsTheEntity() {
        Extraction x = EventDetectorTest.extract("Kelvora agreed in March 2025 to buy Pixel Nordic, a games studio in Oslo. "
                + "Its rival Nabla Copilot was launched in May.", "en", null);
        assertThat(x.entities()).extracting(Entity::name).contains("Pixel Nordic").doesNotContain("Pixel");
    }

    @Test
    void titlesAndASentenceOpeningWordDoNotWidenAKnownName() {
        Extraction x = EventDetectorTest.extract("Explore LinkedIn for profiles of Kelvora engineers. "
                + "Google DeepMind hired Maren Holloway in 2024, OpenAI CEO Sam Altman said.", "en", null);
        assertThat(x.entities()).extracting(Entity::name).contains("LinkedIn", "OpenAI", "Google DeepMind")
                .doesNotContain("Explore LinkedIn", "OpenAI CEO");
    }


    @Test
    void inFrenchAUnitNamedAfterItsCompanyIsOneName() {
        // the French tagger reads "la Fondation Alibaba" as one organization; it has no such run for "Pixel Nordic"
        Extraction x = EventDetectorTest.extract("La Fondation Alibaba a financé en 2024 des bourses d'études. "
                + "Alibaba a été fondé en 1999 à Hangzhou.", "fr", null);
        assertThat(x.entities()).extracting(Entity::name).contains("Fondation Alibaba", "Alibaba");
    }
}
