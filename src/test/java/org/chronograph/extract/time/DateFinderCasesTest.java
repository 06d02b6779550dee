package org.chronograph.extract.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and French case files: each sentence, read after its prior ones, gives exactly the expected dates. */
class DateFinderCasesTest {

    static Stream<DateCase> englishCases() {
        return DateCase.load("/extract/time/en-cases.txt").stream();
    }

    static Stream<DateCase> frenchCases() {
        return DateCase.load("/extract/time/fr-cases.txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishCases")
    void englishSentenceGivesExpectedDates(DateCase c) {
        check(DateFinder.forLanguage("en"), c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchCases")
    void frenchSentenceGivesExpectedDates(DateCase c) {
        check(DateFinder.forLanguage("fr"), c);
    }

    private static void check(DateFinder finder, DateCase c) {
        // Given an article context that has read the prior sentences
        TimeContext context = new TimeContext(c.published());
        for (String prior : c.prior()) {
            context.advance(finder.find(prior, context), prior);
        }

        // When the sentence is read
        List<TimeMention> found = finder.find(c.sentence(), context);

        // Then the dates are the expected ones, in order, with honest offsets
        assertThat(found).allSatisfy(m -> assertThat(c.sentence().substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(found).extracting(TimeMention::start).isSorted();
        List<DateCase.Expected> actual = found.stream()
                .map(m -> new DateCase.Expected(m.date().value(), m.date().mod(), m.text()))
                .toList();
        assertThat(actual).as("mentions in \"%s\"", c.sentence()).hasSameSizeAs(c.expected());
        for (int i = 0; i < actual.size(); i++) {
            DateCase.Expected want = c.expected().get(i);
            DateCase.Expected got = actual.get(i);
            assertThat(got.value()).as("value of %s", got).isEqualTo(want.value());
            assertThat(got.mod()).as("modifier of %s", got).isEqualTo(want.mod());
            if (want.text() != null) {
                assertThat(got.text()).as("text of %s", got).isEqualTo(want.text());
            }
        }
    }
}
