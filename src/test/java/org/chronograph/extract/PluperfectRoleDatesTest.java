package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person's earlier career told in the pluperfect after a dated sentence ("Il avait ... et avait dirigé l'entreprise",
 * where the rule's own words start with the auxiliary) does not take the dated sentence's date. Sentences of ours.
 */
class PluperfectRoleDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 20);

    private static final String FR = "Henri Louis Ferrand est mort le 18 novembre 2026 à Grenoble. Il avait cofondé Silvane avec "
            + "Marc Dupuis et avait dirigé l'entreprise pendant vingt ans.\n\n"
            + "En 2015, Henri Ferrand a quitté le conseil de Silvane.";

    @Test
    void aPluperfectRoleAfterADatedSentenceTakesNotItsDate() {
        Extraction x = SharedExtractor.extract(FR, "fr", PUBLISHED);
        List<Event> roles = x.events().stream().filter(e -> e.type() == EventType.APPOINTMENT).toList();
        assertThat(roles).isNotEmpty().allSatisfy(e -> assertThat(e.date() == null ? "" : e.date().value()).doesNotStartWith("2026"));
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEPARTURE);
            assertThat(e.date().value()).isEqualTo("2015");
        });
    }
}
