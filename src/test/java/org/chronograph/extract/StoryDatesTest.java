package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The date a sentence leaves its story at is its main clause's, not that of a clause describing a name ("a firm set up
 * by X in 2019", "fondée en 2019 par X"); a date of a verb coordinated with the main one still sets it. Sentences of ours.
 */
class StoryDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 20);

    @Test
    void aDateDescribingANameSetsNotTheStory() {
        Extraction en = SharedExtractor.extract("In June 2024, Corvex bought Talon Robotics, a firm set up by Maya Ortiz in 2019. "
                + "Maya Ortiz joined Corvex as chief scientist.", "en", PUBLISHED);
        assertThat(en.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.JOIN);
            assertThat(e.date().value()).isEqualTo("2024-06");
        });
        assertThat(en.events()).noneSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.JOIN);
            assertThat(e.date().value()).isEqualTo("2019");
        });
    }

    @Test
    void aCoordinatedVerbsDateStillSetsTheStory() {
        Extraction en = SharedExtractor.extract("Dana Reyes left Corvex in 2017 and joined Talon Robotics in May 2018. "
                + "She was named chief scientist of Talon Robotics.", "en", PUBLISHED);
        assertThat(en.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.APPOINTMENT);
            assertThat(e.date().value()).isEqualTo("2018-05");
        });
    }
}
