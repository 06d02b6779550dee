package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {

    @ParameterizedTest
    @CsvSource({"fr,fr", "FR,fr", "fr-FR,fr", "en_US,en", "zh-Hant,zh", "hant,zh", "hans,zh", "French,fr",
        "deutsch,de", "' es ',es", "jpn,ja"})
    void normalisesTagsAndNames(String tag, String code) {
        assertThat(LanguageCodes.normalize(tag)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "xx", "klingon", "e", "en glish", "12"})
    void unknownTagsGiveNull(String tag) {
        assertThat(LanguageCodes.normalize(tag)).isNull();
    }
}
