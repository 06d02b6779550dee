package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round brackets as either tokenizer writes them: the French one keeps "(", the English one escapes it "-LRB-". */
class ParenthesesTest {

    @ParameterizedTest
    @CsvSource({"'(',true,false", "-LRB-,true,false", "')',false,true", "-RRB-,false,true", "'[',false,false",
        "-lrb-,false,false", "'',false,false", ",false,false"})
    void eachSpellingCountsOnItsOwnSide(String word, boolean opens, boolean closes) {
        assertThat(Parentheses.opens(word)).as("opens %s", word).isEqualTo(opens);
        assertThat(Parentheses.closes(word)).as("closes %s", word).isEqualTo(closes);
        assertThat(Parentheses.either(word)).as("either %s", word).isEqualTo(opens || closes);
    }
}
