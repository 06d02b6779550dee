package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A two-word name told only as where someone came from ("passée par Morel Cloud", "ancien de Morel Cloud") is no
 * person, whatever the French tagger says: the typer's next likeliest type is taken, and the leaving is a departure
 * from it. A person named in such a place with a known given name stays a person. Sentences of ours.
 */
class OriginNamesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 20);

    private static EntityType typeOf(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).map(Entity::type).findFirst().orElse(null);
    }

    @Test
    void aNameToldOnlyAsAnOriginIsNoPerson() {
        Extraction x = SharedExtractor.extract("Chez Vautrin, la nouvelle équipe se structure. Passée par Morel Cloud, "
                + "Lucie Aubry dirigera la vision de Vautrin. Ancien de Morel Cloud, Jean Picard l'a rejointe en mai.", "fr", PUBLISHED);
        assertThat(typeOf(x, "Morel Cloud")).isNotNull().isNotEqualTo(EntityType.Person);
        assertThat(typeOf(x, "Lucie Aubry")).isEqualTo(EntityType.Person);
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEPARTURE);
            assertThat(e.participants()).extracting(p -> p.entity().name()).contains("Lucie Aubry", "Morel Cloud");
        });
    }

    @Test
    void aGivenNameKeepsAPersonToldAsAnOrigin() {
        Extraction x = SharedExtractor.extract("Ancien collaborateur de Marc Dupont, Ana Costa a rejoint Orbit en 2024.", "fr", PUBLISHED);
        assertThat(typeOf(x, "Marc Dupont")).isEqualTo(EntityType.Person);
    }
}
