package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Random and pathological markup must neither throw nor take quadratic time, and must keep the body invariants. */
class HostileMarkupTest {
    private static final String[] TOKENS = {"*", "**", "_", "__", "`", "```", "[", "]", "(", ")", "![", "](", "<", ">",
        "</b>", "<script>", "</script>", "<!--", "-->", "&", "&amp;", "&#", ";", "#", "## ", "\n", "\n\n", "  \n", "- ",
        "1. ", "> ", "|", "|---|", "\\", "\\*", "http://x.org/", "www.y.org", " ", "word", "Wörter", "中文", "[1]",
        "[^n]", "[^n]: note", "\u00A0", "\t", "\r\n", "---", "References", ":"};

    private static void assertInvariants(String original, Body body) {
        String text = body.text();
        assertThat(text).doesNotStartWith(" ").doesNotEndWith(" ").doesNotStartWith("\n").doesNotEndWith("\n")
                .doesNotContain("\n\n\n").doesNotContain(" \n").doesNotContain("\n ");
        for (Block block : body.blocks()) {
            assertThat(block.range().of(text)).isNotBlank().doesNotStartWith("\n").doesNotEndWith("\n").doesNotContain("\n\n");
        }
        int previous = 0;
        for (int i = 0; i <= text.length(); i++) {
            int offset = body.toOriginal(i);
            assertThat(offset).isBetween(previous, original.length());
            previous = offset;
        }
    }

    @Test
    void randomMarkupKeepsTheBodyInvariants() {
        Random random = new Random(42);
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder markup = new StringBuilder();
            int length = random.nextInt(80);
            for (int t = 0; t < length; t++) {
                markup.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String original = markup.toString();
            assertInvariants(original, MarkdownReader.read(original, 0).body());
            assertInvariants(original, HtmlReader.read(original).body());
            assertInvariants(original, PlainTextReducer.reduce(original).body());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "(", "`", "*a", "_a ", "<a ", "&#", "![", "[x](", "<!--", "\\", "| a ", "> ", "- [", "http://",
        "*a [x](y) "})
    void repeatedMarkupIsReducedInLinearTime(String unit) {
        String original = unit.repeat(1_000_000 / unit.length());

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertInvariants(original, MarkdownReader.read(original, 0).body());
            assertInvariants(original, HtmlReader.read(original).body());
        });
    }

    @Test
    void manyShortLinesAreReducedInLinearTime() {
        String original = "word *emph* [link](http://x.org) `code`\n".repeat(50_000);

        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThat(MarkdownReader.read(original, 0).body().text()).startsWith("word emph link code"));
    }
}
