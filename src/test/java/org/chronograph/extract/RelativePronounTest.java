package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A subject pronoun inside a relative clause that follows a named person ("Omar Benhamou, ..., vient de Google
 * DeepMind, qu'il avait quitté fin 2025") is that person, not the person in focus of the paragraph (a pronoun of the
 * main clause still is: {@link PersonPronounTest}). Sentences of ours.
 */
class RelativePronounTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 20);

    private static boolean left(Extraction x, String person, String org) {
        return x.events().stream().anyMatch(e -> e.type() == EventType.DEPARTURE
                && e.participants().stream().anyMatch(p -> p.entity().name().equals(person))
                && e.participants().stream().anyMatch(p -> p.entity().name().equals(org)));
    }

    @Test
    void aRelativeClausePronounIsTheNamedPersonBeforeIt() {
        Extraction x = SharedExtractor.extract("Jeanne Morel a cofondé Altaris en 2020 et dirige Altaris depuis. "
                + "Son successeur à la recherche, Omar Benhamou, vient de Google DeepMind, qu'il avait quitté fin 2025.", "fr", PUBLISHED);
        assertThat(left(x, "Jeanne Morel", "Google DeepMind")).isFalse();
        assertThat(left(x, "Omar Benhamou", "Google DeepMind")).isTrue();
    }
}
