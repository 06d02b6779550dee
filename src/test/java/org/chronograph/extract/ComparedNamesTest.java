package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertEvents;
import static org.chronograph.extract.SharedExtractor.dated;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A product a sentence sets another against ("unveiled as a direct rival to X", "un rival direct de X") is not released
 * by it, whichever reads the sentence: a trigger rule or the learned detector (texts of ours, whole extraction).
 */
class ComparedNamesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 3);

    @Test
    void aRivalNamedInEnglishIsNotReleased() {
        assertEvents("""
                Solvane was founded in 2023 by Mark Delorme. Veltrix launched the Lumio chatbot in 2022.

                Vexa, Solvane's chatbot, was unveiled as a direct rival to Lumio in November 2023.
                """, "en", PUBLISHED)
                .noneMatch(e -> e.type() == EventType.RELEASE && names(e).contains("Lumio") && dated(e, "2023-11"));
    }

    @Test
    void aRivalNamedInFrenchIsNotReleased() {
        assertEvents("""
                Solvane a été fondée en 2023 par Marc Delorme. Veltrix a lancé le chatbot Lumio en 2022.

                Vexa, le chatbot de Solvane, a été dévoilé comme un rival direct de Lumio en novembre 2023.
                """, "fr", PUBLISHED)
                .noneMatch(e -> e.type() == EventType.RELEASE && names(e).contains("Lumio") && dated(e, "2023-11"))
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).contains("Vexa") && names(e).contains("Solvane"));
    }
}
