package org.chronograph.extract.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date suite: our normalizer reads each row's expression in its sentence, as an article published that day that
 * has said no date before, with the value and modifier the annotation rules give it.
 */
class DateSuiteTest {

    static Stream<SuiteRow> rows() {
        return SuiteRow.load().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void expressionGetsItsValue(SuiteRow row) {
        // Given an article published on the row's day
        TimeContext context = new TimeContext(row.published());

        // When the sentence is read
        List<TimeMention> found = DateFinder.forLanguage(row.lang()).find(row.sentence(), context);

        // Then the mention over the expression has the expected value and modifier
        TimeMention m = Normalizers.over(found, row.start(), row.end());
        assertThat(m).as("a mention over \"%s\" in %s", row.expression(), found).isNotNull();
        assertThat(m.date().value()).as("value of %s", m.text()).isEqualTo(row.value());
        assertThat(m.date().mod()).as("modifier of %s", m.text()).isEqualTo(row.mod());
    }
}
