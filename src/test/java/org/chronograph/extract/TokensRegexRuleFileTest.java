package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;

class TokensRegexRuleFileTest {
    private static List<TokensRegexRuleFile.Line> read(String text) throws Exception {
        return TokensRegexRuleFile.read("rules.tokensregex", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), l -> l);
    }

    @Test
    void macrosCommentsAndExamplesAreRead() throws Exception {
        List<TokensRegexRuleFile.Line> lines = read("# a comment\n$VERB = [{word:/left|quit/}]\n\nDEPARTURE\t$VERB\tShe left Acme. | He quit Orbit.\n");

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.head()).isEqualTo("DEPARTURE");
            assertThat(l.where()).isEqualTo("rules.tokensregex:4");
            assertThat(l.examples()).containsExactly("She left Acme.", "He quit Orbit.");
        });
    }

    @Test
    void aLineWithoutThreeColumnsOrWithABadPatternNamesItsFileAndLine() {
        assertThatThrownBy(() -> read("DEPARTURE\t[{word:/left/}]\n")).isInstanceOf(ChronographException.class)
                .hasMessageStartingWith("rules.tokensregex:1: expected a head, a pattern and examples");
        assertThatThrownBy(() -> read("# x\nDEPARTURE\t[{word:/left/}\tShe left.\n")).isInstanceOf(ChronographException.class)
                .hasMessageStartingWith("rules.tokensregex:2: ");
        assertThatThrownBy(() -> TokensRegexRuleFile.read("r", new ByteArrayInputStream("NOPE\t[{word:/x/}]\tx.\n".getBytes(StandardCharsets.UTF_8)),
                l -> EventType.valueOf(l.head()))).isInstanceOf(ChronographException.class).hasMessageStartingWith("r:1: ");
    }
}
