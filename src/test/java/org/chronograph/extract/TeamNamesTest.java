package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.assertTyped;

import org.junit.jupiter.api.Test;

/** Teams named with a lower-case "team" after a capitalised name are organizations (FORMAT.md: a named unit). */
class TeamNamesTest {

    @Test
    void aCapitalisedNameBeforeTeamIsAUnit() {
        assertTyped("Solvane moved its Trust and Safety team under the general counsel in 2025. "
                + "Maya Okonjo had led Veltrix's Interpretability team before she joined Solvane.", "en",
                "Trust and Safety team=Organization; Interpretability team=Organization");
    }

    @Test
    void aKnownNameOrACommonWordBeforeTeamIsNoTeam() {
        // the gazetteer's company and product keep their mention; "AI" is no name
        Extraction x = EventDetectorTest.extract("Veltrix hired the OpenAI team's former lead, who had run the Bing team "
                + "and the AI team at Solvane.", "en", null);
        assertThat(x.entities()).extracting(Entity::name).doesNotContain("OpenAI team", "Bing team", "AI team")
                .contains("OpenAI");
    }
}
