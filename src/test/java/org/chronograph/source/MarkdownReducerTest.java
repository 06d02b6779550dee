package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReducerTest {

    private static Body reduce(String markdown) {
        Body body = MarkdownReducer.reduce(markdown, 0).body();
        OffsetChecks.assertMapsBack(markdown, body);
        return body;
    }

    @Test
    void headingsBecomeTheirOwnBlocks() {
        Body body = reduce("# Title\nSome text.\n### Sub heading ###\nMore text.\n");

        assertThat(body.text()).isEqualTo("Title\n\nSome text.\n\nSub heading\n\nMore text.");
    }

    @Test
    void setextHeadingsAndThematicBreaksAreHandled() {
        Body body = reduce("Big title\n=========\n\nText one.\n\n***\n\nText two.\n");

        assertThat(body.text()).isEqualTo("Big title\n\nText one.\n\nText two.");
    }

    @Test
    void emphasisMarkersAreRemovedButSnakeCaseStays() {
        Body body = reduce("**Bold** and *italic*, __strong__ and _light_, ***both***; keep snake_case_name and 2 * 3.");

        assertThat(body.text()).isEqualTo("Bold and italic, strong and light, both; keep snake_case_name and 2 * 3.");
    }

    @Test
    void escapedAsterisksAreTreatedAsEmphasisMarkers() {
        Body body = reduce("\\*\\*Mistral AI\\*\\* was founded in 2023 and my\\_var stays.");

        assertThat(body.text()).isEqualTo("Mistral AI was founded in 2023 and my_var stays.");
    }

    @Test
    void inlineCodeKeepsItsTextWithoutTicks() {
        assertThat(reduce("Call `run_model()` now.").text()).isEqualTo("Call run_model() now.");
    }

    @Test
    void linksKeepTheirTextAndImagesAreDropped() {
        Body body = reduce("Read [the *full* story](https://example.org/a \"Title\") here ![logo](https://example.org/l.png).");

        assertThat(body.text()).isEqualTo("Read the full story here.");
    }

    @Test
    void emptyCitationsAndFootnoteMarkersAreDropped() {
        Body body = reduce("The deal closed in 2019.[](https://example.org/a)[](https://example.org/b) It was big.[1][2] "
                + "Really[^note] big.[3, 4]\n\n[^note]: A footnote text.\n");

        assertThat(body.text()).isEqualTo("The deal closed in 2019. It was big. Really big.");
        assertThat(body.references()).containsExactly("A footnote text.");
    }

    @Test
    void bareUrlsAndParenthesesHoldingOnlyAUrlAreRemoved() {
        Body body = reduce("See the careers page (https://example.org/jobs) for details, or www.example.org/more.");

        assertThat(body.text()).isEqualTo("See the careers page for details, or.");
    }

    @Test
    void listItemsBecomeBlocksAndBoldItemTitlesStandAlone() {
        Body body = reduce("Intro line\n- first item\n* second item\n  continued here\n1. third\n\n"
                + "2.  **A bold item title**\n    Its explanation follows on the next line.\n");

        assertThat(body.text()).isEqualTo("Intro line\n\nfirst item\n\nsecond item continued here\n\nthird\n\n"
                + "A bold item title\n\nIts explanation follows on the next line.");
    }

    @Test
    void numberedLineInsideAParagraphDoesNotStartAList() {
        assertThat(reduce("The company was founded in\n2024. It grew fast.").text())
                .isEqualTo("The company was founded in 2024. It grew fast.");
    }

    @Test
    void tableRowsBecomeBlocksWithCellsJoined() {
        Body body = reduce("| Year | Revenue |\n|:-----|------:|\n| 2023 | $1 **M** |\n| 2024 | |\n\nAfter.");

        assertThat(body.text()).isEqualTo("Year ; Revenue\n\n2023 ; $1 M\n\n2024\n\nAfter.");
    }

    @Test
    void blockQuotesKeepTheirText() {
        assertThat(reduce("> Quoted line one\n> line two\n\nNormal.").text()).isEqualTo("Quoted line one line two\n\nNormal.");
    }

    @Test
    void fencedCodeAndRawHtmlBlocksAreDropped() {
        Body body = reduce("Before.\n\n```js\nconst x = \"**not text**\";\n```\n\n<script>\nalert('x')\n</script>\n"
                + "<!-- a\ncomment -->\nAfter <b>bold</b> <span class=\"x\">span</span> <script>evil()</script>end.");

        assertThat(body.text()).isEqualTo("Before.\n\nAfter bold span end.");
    }

    @Test
    void hardWrappedLinesAreJoinedAndHardBreaksSplitBlocks() {
        Body body = reduce("One sentence that\nwraps over lines.\nLine with a hard break  \nNext line.");

        assertThat(body.text()).isEqualTo("One sentence that wraps over lines. Line with a hard break\n\nNext line.");
    }

    @Test
    void blocksAreSeparatedByExactlyOneBlankLineAndHaveNoNewlines() {
        Body body = reduce("\n\n# A\n\n\n\nB  b\tb\n\n\n- c\n\n\n");

        assertThat(body.text()).isEqualTo("A\n\nB b b\n\nc");
        assertThat(body.text().split("\n\n")).allSatisfy(block -> assertThat(block).doesNotContain("\n").isNotBlank());
    }

    @Test
    void nonBreakingSpacesBecomeSpacesAndEntitiesAreDecoded() {
        Body body = reduce("Le\u00A0modèle coûte 5\u202F€ &amp; plus &eacute;.");

        assertThat(body.text()).isEqualTo("Le modèle coûte 5 € & plus é.");
    }

    @Test
    void finalReferencesSectionIsKeptApart() {
        Body body = reduce("Text of the article.\n\n### Références\n- [Un article](https://example.org/1)\n- Un livre, 2020\n");

        assertThat(body.text()).isEqualTo("Text of the article.");
        assertThat(body.references()).containsExactly("Un article <https://example.org/1>", "Un livre, 2020");
    }

    @Test
    void referencesHeadingInOtherLanguagesIsRecognised() {
        assertThat(reduce("Text.\n\n### 参考资料\n- [甲](https://example.org/1)\n").references()).hasSize(1);
        assertThat(reduce("Text.\n\n## Further reading:\n- A book\n").references()).containsExactly("A book");
    }

    @Test
    void trailingLinkLinesWithALabelAreReferences() {
        Body body = reduce("Text of the article.\n\nReferences:  \n[First source](https://example.org/1)  \n"
                + "[Second source](https://example.org/2)\n");

        assertThat(body.text()).isEqualTo("Text of the article.");
        assertThat(body.references()).containsExactly("First source <https://example.org/1>",
                "Second source <https://example.org/2>");
    }

    @Test
    void numberedCitationListIsReferences() {
        Body body = reduce("Text.[1]\n\nCitations:\n[1] https://example.org/1\n[2] https://example.org/2\n");

        assertThat(body.text()).isEqualTo("Text.");
        assertThat(body.references()).containsExactly("<https://example.org/1>", "<https://example.org/2>");
    }

    @Test
    void boldReferencesLabelIsRecognised() {
        Body body = reduce("Texte.\n\n**Références :**\n- [Source](https://example.org/1)\n");

        assertThat(body.text()).isEqualTo("Texte.");
        assertThat(body.references()).containsExactly("Source <https://example.org/1>");
    }

    @Test
    void aSectionAfterTheReferencesHeadingKeepsItInTheText() {
        Body body = reduce("# Sources of growth\n\nText.\n\n# Outlook\n\nMore text.");

        assertThat(body.text()).contains("Sources of growth");
        assertThat(body.references()).isEmpty();
    }

    @Test
    void linksInsideProseAreNotReferences() {
        Body body = reduce("Text.\n\nThe last paragraph cites [one source](https://example.org/1) in a long sentence.");

        assertThat(body.text()).endsWith("in a long sentence.");
        assertThat(body.references()).isEmpty();
    }

    @Test
    void offsetsPointIntoTheWholeFileWhenFrontMatterIsSkipped() throws Exception {
        String file = "---\ntitle: T\n---\nHello **world**.\n";
        FrontMatter front = FrontMatter.parse(file);

        Body body = MarkdownReducer.reduce(file, front.bodyStart()).body();

        int world = body.text().indexOf("world");
        assertThat(file.substring(body.toOriginal(world), body.toOriginal(world + 5))).isEqualTo("world");
        assertThat(body.toOriginal(0)).isEqualTo(file.indexOf("Hello"));
        OffsetChecks.assertMapsBack(file, body);
    }

    @Test
    void firstLevelOneHeadingIsOfferedAsTitle() {
        assertThat(MarkdownReducer.reduce("Intro.\n\n## Sub\n\n# Main *title*\n", 0).firstTitle()).isEqualTo("Main title");
    }

    @Test
    void unterminatedMarkupDoesNotSwallowText() {
        Body body = reduce("A [link without end and a <tag without end and `tick and ![img\n\nNext block.");

        assertThat(body.text()).contains("link without end").contains("Next block.");
    }
}
