package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A delay is dated when it happened, not by the new date it sets ("repoussée à 2027", "pushed back to 2026"): the
 * date after "to", "until", "à", "au", "jusqu'en" is set aside (TriggerDates). Sentences of ours, through the whole
 * extraction with the real CoreNLP models.
 */
class DelayDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "En septembre 2025, la sortie de Vega 3, attendue pour l'automne, a été repoussée au printemps 2026.|fr|2025-09",
            "En mai 2025, Nvidia a repoussé Vega 3 à 2026.|fr|2025-05",
            "Nvidia a reporté en janvier 2026 le lancement de Vega 3 au premier trimestre 2027.|fr|2026-01",
            "In May 2025, the release of Vega 3 was pushed back to 2026.|en|2025-05",
            "In October 2025 Orbit delayed Sol 4 until early 2026.|en|2025-10",
            // told with only the new date it sets, a delay happened in the story's time (the paragraph's date)
            "En mai 2025, Orbit a présenté Sol 4 à Lyon. La sortie de Sol 5 a été repoussée à 2027.|fr|2025-05",
            "In May 2025, Orbit showed Sol 4 in Leeds. The release of Sol 5 was pushed back to early 2027.|en|2025-05",
            // with no date of the story before it, a new date still to come gives way to the publication's month (the
            // delay was told then); one already past is kept
            "La sortie de Sol 4 a été repoussée à 2027.|fr|2026-03",
            "The release of Sol 4 was pushed back to early 2027.|en|2026-03",
            "La sortie de Sol 4 a été repoussée à janvier 2026.|fr|2026-01",
            // a date of the delay's own clause still to come at publication is the new date it sets, whatever the cue
            "La sortie de Sol 4 n'arrivera qu'en 2027 : Orbit a reporté son lancement.|fr|2026-03"})
    void aDelayIsDatedWhenItHappened(String sentence, String lang, String date) {
        Extraction x = SharedExtractor.extract(sentence, lang, PUBLISHED);
        assertThat(x.events()).as(sentence + " -> " + x.events())
                .anyMatch(e -> e.type() == EventType.DELAY && e.date() != null && e.date().value().equals(date));
    }
}
