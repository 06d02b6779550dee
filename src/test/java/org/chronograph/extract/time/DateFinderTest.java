package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** Behaviour of the finder that the case files do not show: languages, sharing, null handling. */
class DateFinderTest {
    private static final TimeContext JUNE_2025 = new TimeContext(LocalDate.of(2025, 6, 18));

    @Test
    void languageCodesAreReadLeniently() {
        assertThat(DateFinder.forLanguage("EN-us").language()).isEqualTo("en");
        assertThat(DateFinder.forLanguage("fr_FR").language()).isEqualTo("fr");
        assertThat(DateFinder.forLanguage(null).language()).isEqualTo("other");
        assertThat(DateFinder.forLanguage("en")).isSameAs(DateFinder.forLanguage("en"));
    }

    @Test
    void otherLanguagesGetEnglishWordsAndDayFirstNumbers() {
        DateFinder german = DateFinder.forLanguage("de");

        assertThat(german.find("Am 05/04/2025 und im Q3 2024, in May 2023.", JUNE_2025))
                .extracting(m -> m.date().value())
                .containsExactly("2025-04-05", "2024-Q3", "2023-05");
    }

    @Test
    void frenchRulesDoNotReadEnglishWordsAndViceVersa() {
        assertThat(DateFinder.forLanguage("fr").find("It shipped in early May 2024.", JUNE_2025))
                .extracting(m -> m.date().value()).containsExactly("2024");
        assertThat(DateFinder.forLanguage("en").find("Il est sorti début mai 2024.", JUNE_2025))
                .extracting(m -> m.date().value()).containsExactly("2024");
    }

    @Test
    void mentionsAreFlaggedRelativeOnlyWhenTheContextWasUsed() {
        List<TimeMention> found = DateFinder.forLanguage("en")
                .find("In March 2024 it launched, and in May it expanded.", JUNE_2025);

        assertThat(found).extracting(TimeMention::relative).containsExactly(false, true);
        assertThat(found).extracting(TimeMention::date)
                .containsExactly(EventDate.of("2024-03"), EventDate.of("2024-05"));
    }

    /**
     * "The following year" counts from the date told before it in its section, never from one told above a heading
     * (that date is another part of the page's); a date told under the heading, or the heading's own, counts again.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|Orbit was founded in 2019 in Leeds.|The following year, it raised money.|Growth (2022)|2023",
            "en|Orbit was founded in 2019 in Leeds.|Two years later, it opened in Berlin.||",
            "fr|Orbit a été fondée en 2019 à Lyon.|L'année suivante, elle a levé des fonds.|Croissance (2022)|2023",
            "fr|Orbit a été fondée en 2019 à Lyon.|La même année, elle a ouvert à Berlin.||"})
    void relativesDoNotCountAcrossAHeading(String lang, String before, String after, String heading, String expected) {
        DateFinder finder = DateFinder.forLanguage(lang);
        TimeContext context = new TimeContext(LocalDate.of(2026, 9, 14));
        context.advance(finder.find(before, context), before);
        // within the section the relative counts from 2019
        assertThat(finder.find(after, context)).extracting(m -> m.date() == null ? null : m.date().year())
                .containsExactly(after.contains("Two") ? 2021 : after.contains("même") ? 2019 : 2020);
        context.newSection();
        if (heading != null) context.advance(finder.find(heading, context), heading);
        List<TimeMention> found = finder.find(after, context);
        if (expected == null) {
            assertThat(found).allMatch(m -> m.date() == null);
        } else {
            assertThat(found).extracting(m -> m.date().value()).containsExactly(expected);
        }
    }

    @Test
    void sentenceWithoutContextStillGivesAbsoluteDates() {
        assertThat(DateFinder.forLanguage("en").find("Last year, in Q3 2024, it grew."))
                .extracting(m -> m.date().value()).containsExactly("2024-Q3");
    }

    @Test
    void nullSentenceIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> DateFinder.forLanguage("en").find(null, JUNE_2025));
    }

    @Test
    void oneFinderServesManyThreadsAtOnce() {
        // Given one shared finder and a sentence with several kinds of dates
        DateFinder finder = DateFinder.forLanguage("fr");
        String sentence = "Fin 2024, puis au T3 2025 et deux ans plus tard, l'entreprise a changé.";
        List<TimeMention> expected = finder.find(sentence, JUNE_2025);

        // When many threads use it at once, each with its own context
        List<List<TimeMention>> results = IntStream.range(0, 2000).parallel()
                .mapToObj(i -> finder.find(sentence, new TimeContext(LocalDate.of(2025, 6, 18))))
                .toList();

        // Then every result is the same
        assertThat(expected).extracting(m -> m.date().toString())
                .containsExactly("2024 (END)", "2025-Q3", "2027");
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
