package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextReducerTest {

    private static PlainTextReducer.Reduction reduce(String text) {
        PlainTextReducer.Reduction reduction = PlainTextReducer.reduce(text);
        OffsetChecks.assertMapsBack(text, reduction.body());
        return reduction;
    }

    @Test
    void shortFirstLineFollowedByABlankLineIsTheTitle() {
        PlainTextReducer.Reduction reduction = reduce("A short title\n\nThe body text starts here.\n");

        assertThat(reduction.title()).isEqualTo("A short title");
        assertThat(reduction.body().text()).isEqualTo("A short title\n\nThe body text starts here.");
    }

    @Test
    void firstLineIsNoTitleWithoutABlankLineAfterIt() {
        assertThat(reduce("A short line\ncontinues the paragraph.\n").title()).isNull();
    }

    @Test
    void sentenceOrLongLineIsNoTitle() {
        assertThat(reduce("This is a sentence.\n\nBody.").title()).isNull();
        assertThat(reduce("word ".repeat(40) + "\n\nBody.").title()).isNull();
    }

    @Test
    void wrappedLinesAreJoinedAndMarkupCharactersKept() {
        PlainTextReducer.Reduction reduction = reduce("  Line one\nline *two* #3\r\n\r\n\r\nNext\tparagraph.");

        assertThat(reduction.body().text()).isEqualTo("Line one line *two* #3\n\nNext paragraph.");
    }

    @Test
    void bulletLinesBecomeBlocks() {
        assertThat(reduce("Intro:\n- one\n- two\n• three").body().text()).isEqualTo("Intro:\n\none\n\ntwo\n\nthree");
    }

    @Test
    void trailingUrlLinesAreReferences() {
        PlainTextReducer.Reduction reduction = reduce("Text.\n\nSources:\nhttps://example.org/1\n[2] https://example.org/2\n");

        assertThat(reduction.body().text()).isEqualTo("Text.");
        assertThat(reduction.body().references()).containsExactly("<https://example.org/1>", "<https://example.org/2>");
    }
}
