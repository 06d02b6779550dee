package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertEvents;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The store, cloud or system a product comes out on or for ("a browser extension for Chrome", "available on Azure",
 * "users on Android": cue CHANNEL) is not released with it (texts of ours, whole extraction).
 */
class ReleaseChannelsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 3);

    @Test
    void theBrowserAProductIsForIsNotReleased() {
        assertEvents("""
                Veltrix was founded in 2021 by Ana Costa in Lisbon. Veltrix released Lumio, its writing assistant, in March 2024 as a browser extension for Chrome.

                Lumio 2 has been available on Azure since May 2025, Veltrix said. The Lumio app arrived on the App Store in June 2025 and now has a million users on Android.
                """, "en", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).contains("Lumio") && names(e).contains("Veltrix"))
                .noneMatch(e -> e.type() == EventType.RELEASE && (names(e).contains("Chrome") || names(e).contains("Azure")
                        || names(e).contains("App Store") || names(e).contains("Android")));
    }
}
