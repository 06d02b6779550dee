package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A known name that the tagger reads as part of a longer name of capitalised words ("Pixel Nordic", a games studio;
 * "Fondation Alibaba") gives way to the longer name among the candidates the typer then types; titles, cue words,
 * known names and a common word that opens the sentence do not widen it. Sentences of ours.
 */
class KnownNameWideningTest {

    private static List<String> candidates(String text, String lang) {
        return SharedExtractor.candidates(text, lang, LocalDate.of(2025, 9, 1)).stream().map(Candidate::name).toList();
    }

    @Test
    void aLongerNameThatStartsWithAKnownOneIsTheCandidate() {
        List<String> names = candidates("Kelvora agreed in March 2025 to buy Pixel Nordic, a games studio in Oslo.", "en");
        assertThat(names).contains("Pixel Nordic").doesNotContain("Pixel");
    }

    @Test
    void titlesAndASentenceOpeningWordDoNotWidenAKnownName() {
        List<String> names = candidates("Explore LinkedIn for profiles of Kelvora engineers. "
                + "Google DeepMind hired Maren Holloway in 2024, OpenAI CEO Sam Altman said.", "en");
        assertThat(names).contains("LinkedIn", "OpenAI", "Google DeepMind").doesNotContain("Explore LinkedIn", "OpenAI CEO");
    }

    @Test
    void inFrenchAUnitNamedAfterItsCompanyIsOneName() {
        // the French tagger reads "la Fondation Alibaba" as one organization
        List<String> names = candidates("La Fondation Alibaba a financé en 2024 des bourses d'études. "
                + "Alibaba a été fondé en 1999 à Hangzhou.", "fr");
        assertThat(names).contains("Fondation Alibaba", "Alibaba");
    }
}
