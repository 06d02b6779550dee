package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void scalarFieldsAreReadAndTheBodyStartsAfterTheClosingLine() throws Exception {
        String text = "---\nTitle: Hello\nlang: fr\ndate: 2025-10-05\ntags: [a, b]\ncount: 3\n---\nBody.\n";

        FrontMatter front = FrontMatter.parse(text);

        assertThat(front.fields()).containsEntry("title", "Hello").containsEntry("lang", "fr")
                .containsEntry("date", "2025-10-05").containsEntry("count", "3").doesNotContainKey("tags");
        assertThat(text.substring(front.bodyStart())).isEqualTo("Body.\n");
    }

    @Test
    void firstReturnsTheFirstNonBlankField() throws Exception {
        FrontMatter front = FrontMatter.parse("---\ndate: ''\npublished: 2024-01-02\n---\n");

        assertThat(front.first("date", "published")).isEqualTo("2024-01-02");
        assertThat(front.first("missing")).isNull();
    }

    @Test
    void textWithoutFrontMatterHasNoFields() throws Exception {
        FrontMatter front = FrontMatter.parse("# Title\n---\nnot front matter\n");

        assertThat(front.fields()).isEmpty();
        assertThat(front.bodyStart()).isZero();
    }

    @Test
    void emptyFrontMatterIsAllowed() throws Exception {
        FrontMatter front = FrontMatter.parse("---\n---\nBody");

        assertThat(front.fields()).isEmpty();
        assertThat(front.bodyStart()).isEqualTo(8);
    }

    @Test
    void windowsLineEndingsAreAccepted() throws Exception {
        FrontMatter front = FrontMatter.parse("---\r\ntitle: T\r\n---\r\nBody");

        assertThat(front.first("title")).isEqualTo("T");
        assertThat(front.bodyStart()).isEqualTo(20);
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: ok\nlang: [en\n---\nBody"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("malformed front matter")
                .hasMessageNotContaining("\n");
    }

    @Test
    void frontMatterThatIsNotAMappingIsRejected() {
        assertThatThrownBy(() -> FrontMatter.parse("---\n- a\n- b\n---\nBody"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("malformed front matter (expected key: value pairs)");
    }

    @Test
    void unclosedFrontMatterIsRejected() {
        assertThatThrownBy(() -> FrontMatter.parse("---\ntitle: x\n\nBody without end"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("malformed front matter (opening --- is never closed)");
    }
}
