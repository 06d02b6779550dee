package org.chronograph.extract.time;

import org.chronograph.extract.KnowledgeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of the time package's knowledge files comes with a sentence of ours, and the row works on it. */
class TimeKnowledgeFilesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 18);

    static Stream<Arguments> yearPhrases() {
        return Stream.of("en", "fr").flatMap(lang -> KnowledgeFile.bundled("extract/time/" + lang + "/year-phrases.tsv", 4)
                .stream().map(f -> Arguments.of(lang, f.columns().get(0), f.columns().get(3))));
    }

    static Stream<Arguments> tenseCues() {
        return Stream.of("en", "fr").flatMap(lang -> KnowledgeFile.bundled("extract/time/" + lang + "/tense.tsv", 3)
                .stream().map(f -> Arguments.of(lang, f.columns().get(0), f.columns().get(1), f.columns().get(2))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("yearPhrases")
    void yearPhraseComposesWithThePeriodBeforeIt(String lang, String phrase, String example) {
        // Given the example sentence of a year phrase, in an article that may have told a year before it
        TimeContext context = new TimeContext(PUBLISHED);

        // When it is read
        List<TimeMention> found = DateFinder.forLanguage(lang).find(example, context);

        // Then one mention ends with the phrase, longer than the phrase itself (it took the period before it)
        assertThat(found).as("mentions in \"%s\"", example)
                .anySatisfy(m -> {
                    assertThat(Text.key(m.text())).endsWith(Text.key(phrase));
                    assertThat(m.text().length()).isGreaterThan(phrase.length());
                });
    }

    @ParameterizedTest(name = "{0}: {2} in \"{3}\"")
    @MethodSource("tenseCues")
    void tenseCueIsFoundInItsExample(String lang, String regex, String tense, String example) {
        // Given a cue's example sentence, when its cues are read
        List<Tense.Found> found = Tense.Cues.forLanguage(lang).find(example);

        // Then a cue of that tense is found, and it is this row's pattern that finds one
        assertThat(found).extracting(Tense.Found::tense).contains(Tense.valueOf(tense));
        assertThat(java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.UNICODE_CHARACTER_CLASS)
                .matcher(example).find()).isTrue();
    }

    static Stream<Arguments> rangeLinks() {
        return Stream.of("en", "fr").flatMap(lang -> KnowledgeFile.bundled("extract/time/" + lang + "/range-links.tsv", 3)
                .stream().map(f -> Arguments.of(lang, f.columns().get(2))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rangeLinks")
    void rangeLinkJoinsTheTwoDatesOfItsExample(String lang, String example) {
        List<TimeMention> found = DateFinder.forLanguage(lang).find(example, new TimeContext(PUBLISHED));
        assertThat(found).hasSize(2);
        assertThat(RangeLinks.forLanguage(lang).spans(example, found.get(0), found.get(1))).isTrue();
    }

    @Test
    void twoDatesOfTwoEventsAreNoSpan() {
        // written for this test: "and" joins a span only after "between"; a link must stand alone between the dates
        for (String s : List.of("Acme raised money in 2012 and 2019.", "Acme bought Orbit in 2012 and sold it to Vela in 2019.",
                "Revenue grew from $3 million in 2019 to $9 million in 2021.")) {
            List<TimeMention> found = DateFinder.forLanguage("en").find(s, new TimeContext(PUBLISHED));
            assertThat(found).as(s).hasSize(2);
            assertThat(RangeLinks.forLanguage("en").spans(s, found.get(0), found.get(1))).as(s).isFalse();
        }
        String until = "Tom Reyes led research at Orbit Systems from 2016 until 2021.";
        List<TimeMention> found = DateFinder.forLanguage("en").find(until, new TimeContext(PUBLISHED));
        assertThat(RangeLinks.forLanguage("en").spans(until, found.get(0), found.get(1))).isTrue();
    }

    @Test
    void spelledNumbersAddAndMultiplyTheirWords() {
        assertThat(SpelledNumbers.value("fr", "mille neuf cent quatre-vingt-onze")).isEqualTo(1991);
        assertThat(SpelledNumbers.value("fr", "deux mille neuf")).isEqualTo(2009);
        assertThat(SpelledNumbers.value("fr", "soixante-dix")).isEqualTo(70);
        assertThat(SpelledNumbers.value("fr", "vingt et un")).isEqualTo(21);
        assertThat(SpelledNumbers.value("en", "two thousand and nine")).isEqualTo(2009);
        assertThat(SpelledNumbers.value("en", "twenty-first")).isEqualTo(21);
        assertThat(SpelledNumbers.value("en", "ninety one")).isEqualTo(91);
        assertThat(SpelledNumbers.value("en", "plenty")).isNull();
        assertThat(SpelledNumbers.word("en", "seventies", "decade")).isEqualTo(70);
    }

    @Test
    void twoDigitYearsFallInTheCenturyNearestThePublication() {
        assertThat(YearPhrases.twoDigitYear(98, 2025)).isEqualTo(1998);
        assertThat(YearPhrases.twoDigitYear(24, 2025)).isEqualTo(2024);
        assertThat(YearPhrases.twoDigitYear(35, 2025)).isEqualTo(2035);
        assertThat(YearPhrases.twoDigitYear(36, 2025)).isEqualTo(1936);
        assertThat(YearPhrases.twoDigitYear(4, null)).isEqualTo(2004);
    }
}
