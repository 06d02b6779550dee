package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HttpResponseException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Query-string parsing and typed reads. */
class ParamsTest {

    @Test
    void valuesAreDecodedAsUtf8AndStripped() {
        Params p = Params.parse("entity=Commission%20europ%C3%A9enne+&empty=&bare");

        assertThat(p.string("entity")).isEqualTo("Commission européenne");
        assertThat(p.string("empty")).isNull();
        assertThat(p.string("absent")).isNull();
        assertThat(p.bool("bare", false)).isTrue();
    }

    @Test
    void listsRepeatAndSplitOnCommas() {
        assertThat(Params.parse("type=release,funding&type=%20delay%20&type=").list("type"))
                .containsExactly("release", "funding", "delay");
    }

    @Test
    void theLastOfARepeatedSingleValueWins() {
        assertThat(Params.parse("entity=a&entity=b").string("entity")).isEqualTo("b");
    }

    @Test
    void unknownNamesAreRefusedWithTheAllowedOnes() {
        Params p = Params.parse("entity=x&colour=red");

        assertThatThrownBy(() -> p.allow(Set.of("entity", "from"))).isInstanceOf(HttpResponseException.class)
                .hasMessage("unknown parameter 'colour' (expected: entity, from)")
                .satisfies(e -> assertThat(((HttpResponseException) e).getStatus()).isEqualTo(400));
    }

    @Test
    void numbersAndBooleansAreChecked() {
        Params p = Params.parse("limit=7&big=5000&word=x&yes=YES&off=0&odd=perhaps");

        assertThat(p.integer("limit", 1, 1, 10)).isEqualTo(7);
        assertThat(p.integer("absent", 3, 1, 10)).isEqualTo(3);
        assertThat(p.bool("yes", false)).isTrue();
        assertThat(p.bool("off", true)).isFalse();
        assertThatThrownBy(() -> p.integer("big", 1, 1, 1000)).hasMessage("big: must be between 1 and 1000, not 5000");
        assertThatThrownBy(() -> p.integer("word", 1, 1, 10)).hasMessage("word: not a whole number: 'x'");
        assertThatThrownBy(() -> p.bool("odd", false)).hasMessage("odd: not true or false: 'perhaps'");
    }

    @Test
    void aMissingRequiredValueNamesIt() {
        assertThatThrownBy(() -> Params.parse("").required("person")).hasMessage("missing parameter 'person'");
    }

    @Test
    void tooLongValuesAndTooManyParametersAreRefused() {
        assertThatThrownBy(() -> Params.parse("q=" + "a".repeat(Params.MAX_VALUE + 1))).isInstanceOf(HttpResponseException.class)
                .hasMessageContaining("longer than");
        assertThatThrownBy(() -> Params.parse("a=1&".repeat(Params.MAX_PARAMS + 1))).isInstanceOf(HttpResponseException.class)
                .hasMessageContaining("too many parameters");
    }

    @Test
    void badPercentEncodingIsA400() {
        assertThatThrownBy(() -> Params.parse("q=%zz")).isInstanceOf(HttpResponseException.class).hasMessageContaining("percent-encoding");
    }
}
