package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A present post told in one sentence ("Ivan Petrov, Zeta's chief scientist, ...") and a departure told in another:
 * the post, whose rules are matched at the end of the article once a person it names is known to have left
 * ({@link Posts}), is where the departure led. A post of someone who left nowhere gives no move, and its sentence,
 * which nothing else reads the parse of, is not parsed.
 */
class PresentPostsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Ivan Petrov, Zeta's chief scientist, spoke about warehouse robots at the fair. In 2020, Ivan Petrov left Nimbus.|Ivan Petrov|Nimbus|Zeta",
            "fr|Paul Blanc, directeur scientifique de Zeta, a parlé des robots au salon. En 2021, Paul Blanc a quitté Nimbus.|Paul Blanc|Nimbus|Zeta"})
    void aPostElsewhereIsWhereTheDepartureLed(String lang, String text, String person, String from, String to) {
        Extraction x = SharedExtractor.extract(text, lang, PUBLISHED);
        assertThat(x.moves()).as("moves of " + x.events()).anyMatch(m -> key(m.person().name()).equals(key(person))
                && m.from() != null && key(m.from().name()).equals(key(from)) && m.to() != null && key(m.to().name()).equals(key(to)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Ivan Petrov, Zeta's chief scientist, spoke about warehouse robots at the fair.",
            "fr|Paul Blanc, directeur scientifique de Zeta, a parlé des robots au salon."})
    void aPostOfSomeoneWhoLeftNowhereIsNotParsed(String lang, String text) {
        Extraction x = SharedExtractor.extract(text, lang, PUBLISHED);
        assertThat(x.moves()).isEmpty();
        assertThat(x.work().sentences()).isEqualTo(1);
        assertThat(x.work().parsedSentences()).isZero();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
