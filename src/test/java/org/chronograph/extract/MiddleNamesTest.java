package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A person named with and without a middle name ("Daniel James Holloway", "Daniel Holloway") is one person, unless two
 * people of the article share the first and last names ("Robert Edmond Hale" and his son "Robert Julien Hale": "Robert
 * Hale" could be either, and must not join them). Sentences of ours.
 */
class MiddleNamesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 20);

    @Test
    void aNameWithAndWithoutItsMiddleNameIsOnePerson() {
        Extraction en = SharedExtractor.extract("Daniel James Holloway founded Tessel Motion in Austin in 2010. In 2016, "
                + "Daniel Holloway joined Varnel as head of research.", "en", PUBLISHED);
        assertThat(persons(en)).hasSize(1);
    }

    @Test
    void twoPeopleSharingFirstAndLastNamesStayTwo() {
        Extraction en = SharedExtractor.extract("Robert Edmond Hale founded Tessaly in 1979. His son Robert Julien Hale joined "
                + "Tessaly in 1999. Robert Hale was honoured by the city in 2010.", "en", PUBLISHED);
        assertThat(persons(en)).contains("Robert Edmond Hale", "Robert Julien Hale");
    }

    private static List<String> persons(Extraction x) {
        return x.entities().stream().filter(e -> e.type() == EntityType.Person).map(Entity::name).toList();
    }
}
