package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown through commonmark-java: the clean text, its map back to the file, and its blocks. */
class MarkdownReaderTest {

    static Body read(String markdown) {
        Body body = MarkdownReader.read(markdown, 0).body();
        OffsetChecks.assertMapsBack(markdown, body);
        return body;
    }

    @Test
    void headingsBecomeTheirOwnBlocks() {
        Body body = read("# Title\nSome text.\n### Sub heading ###\nMore text.\n");

        assertThat(body.text()).isEqualTo("Title\n\nSome text.\n\nSub heading\n\nMore text.");
        assertThat(body.blocks()).extracting(Block::kind, Block::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Block.Kind.HEADING, 1), org.assertj.core.groups.Tuple.tuple(Block.Kind.PARAGRAPH, 0),
                org.assertj.core.groups.Tuple.tuple(Block.Kind.HEADING, 3), org.assertj.core.groups.Tuple.tuple(Block.Kind.PARAGRAPH, 0));
    }

    @Test
    void setextHeadingsAndThematicBreaksAreHandled() {
        Body body = read("Big title\n=========\n\nText one.\n\n***\n\nText two.\n");

        assertThat(body.text()).isEqualTo("Big title\n\nText one.\n\nText two.");
        assertThat(body.blocks().get(0).kind()).isEqualTo(Block.Kind.HEADING);
    }

    @Test
    void emphasisMarkersAreRemovedButSnakeCaseStays() {
        Body body = read("**Bold** and *italic*, __strong__ and _light_, ***both***; keep snake_case_name and 2 * 3.");

        assertThat(body.text()).isEqualTo("Bold and italic, strong and light, both; keep snake_case_name and 2 * 3.");
    }

    @Test
    void escapedBoldMarkersAreRemovedAsBoldAndEscapedUnderscoresStay() {
        Body body = read("\\*\\*Mistral AI\\*\\* was founded in 2023 and my\\_var stays.");

        assertThat(body.text()).isEqualTo("Mistral AI was founded in 2023 and my_var stays.");
    }

    @Test
    void inlineCodeKeepsItsTextWithoutTicks() {
        assertThat(read("Call `run_model()` now, or ``a `b` c``.").text()).isEqualTo("Call run_model() now, or a `b` c.");
    }

    @Test
    void linksKeepTheirTextAndImagesAreDropped() {
        Body body = read("Read [the *full* story](https://example.org/a \"Title\") here ![logo](https://example.org/l.png).");

        assertThat(body.text()).isEqualTo("Read the full story here.");
    }

    @Test
    void strikethroughKeepsItsText() {
        assertThat(read("The ~~old~~ new plan.").text()).isEqualTo("The old new plan.");
    }

    @Test
    void emptyCitationsAndFootnoteMarkersAreDropped() {
        Body body = read("The deal closed in 2019.[](https://example.org/a)[](https://example.org/b) It was big.[1][2] "
                + "Really[^note] big.[3, 4]\n\n[^note]: A footnote text.\n");

        assertThat(body.text()).isEqualTo("The deal closed in 2019. It was big. Really big.");
        assertThat(body.references()).containsExactly("A footnote text.");
    }

    @Test
    void numberedReferenceLinksAreCitations() {
        Body body = read("Acme raised $40 million in 2024 [1] and hired fifty people.[2]\n\n"
                + "[1]: https://example.org/one\n[2]: https://example.org/two\n");

        assertThat(body.text()).isEqualTo("Acme raised $40 million in 2024 and hired fifty people.");
    }

    @Test
    void bareUrlsAndParenthesesHoldingOnlyAUrlAreRemoved() {
        Body body = read("See the careers page (https://example.org/jobs) for details, or www.example.org/more.");

        assertThat(body.text()).isEqualTo("See the careers page for details, or.");
    }

    @Test
    void listItemsBecomeBlocksWithTheirDepth() {
        Body body = read("Intro line\n- first item\n- second item\n  continued here\n  - nested item\n\n1. third\n");

        assertThat(body.text()).isEqualTo("Intro line\n\nfirst item\n\nsecond item continued here\n\nnested item\n\nthird");
        assertThat(body.blocks()).extracting(Block::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.ITEM,
                Block.Kind.ITEM, Block.Kind.ITEM, Block.Kind.ITEM);
        assertThat(body.blocks()).extracting(Block::depth).containsExactly(0, 1, 1, 2, 1);
    }

    @Test
    void numberedLineInsideAParagraphDoesNotStartAList() {
        assertThat(read("The company was founded in\n2024. It grew fast.").text())
                .isEqualTo("The company was founded in 2024. It grew fast.");
    }

    @Test
    void tableRowsBecomeBlocksWithOneCellPerLineAndTheirHeader() {
        Body body = read("| Year | Revenue |\n|:-----|------:|\n| 2023 | $1 **M** |\n| 2024 | |\n\nAfter.");

        assertThat(body.text()).isEqualTo("Year\nRevenue\n\n2023\n$1 M\n\n2024\n\nAfter.");
        Block row = body.blocks().get(1);
        assertThat(row.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(row.header()).containsExactly("Year", "Revenue");
        assertThat(row.cells()).extracting(c -> c.range().of(body.text())).containsExactly("2023", "$1 M");
        assertThat(row.headerOf(row.cells().get(1))).isEqualTo("Revenue");
        assertThat(body.blocks().get(0).kind()).isEqualTo(Block.Kind.HEADER_ROW);
        assertThat(body.blocks().get(2).cells()).singleElement().extracting(Block.Cell::column).isEqualTo(0);
    }

    @Test
    void blockQuotesKeepTheirText() {
        Body body = read("> Quoted line one\n> line two\n\nNormal.");

        assertThat(body.text()).isEqualTo("Quoted line one line two\n\nNormal.");
        assertThat(body.blocks()).extracting(Block::kind).containsExactly(Block.Kind.QUOTE, Block.Kind.PARAGRAPH);
    }

    @Test
    void fencedCodeAndRawHtmlBlocksAreDroppedButHtmlTextIsRead() {
        Body body = read("Before.\n\n```js\nconst x = \"**not text**\";\n```\n\n<script>\nalert('x')\n</script>\n\n"
                + "<!-- a\ncomment -->\n\nAfter <b>bold</b> <span class=\"x\">span</span> <script>evil()</script>end.\n\n"
                + "<div>\n<p>Inside a <i>div</i> &amp; more.</p>\n</div>\n");

        assertThat(body.text()).isEqualTo("Before.\n\nAfter bold span end.\n\nInside a div & more.");
    }

    @Test
    void indentedTextIsNotCode() {
        assertThat(read("Intro.\n\n    An indented paragraph stays text.\n").text())
                .isEqualTo("Intro.\n\nAn indented paragraph stays text.");
    }

    @Test
    void hardWrappedLinesAreJoinedAndHardBreaksSplitBlocks() {
        Body body = read("One sentence that\nwraps over lines.\nLine with a hard break  \nNext line.");

        assertThat(body.text()).isEqualTo("One sentence that wraps over lines. Line with a hard break\n\nNext line.");
    }

    @Test
    void blocksAreSeparatedByExactlyOneBlankLine() {
        Body body = read("\n\n# A\n\n\n\nB  b\tb\n\n\n- c\n\n\n");

        assertThat(body.text()).isEqualTo("A\n\nB b b\n\nc");
    }

    @Test
    void nonBreakingSpacesBecomeSpacesAndEntitiesAreDecoded() {
        String file = "Le\u00A0modèle coûte 5\u202F€ &amp; plus &eacute; &#8212; &#x263A;.";
        Body body = read(file);

        assertThat(body.text()).isEqualTo("Le modèle coûte 5 € & plus é — ☺.");
        int e = body.text().indexOf('é');
        assertThat(file.substring(body.toOriginal(e), body.toOriginal(e + 1))).isEqualTo("&eacute;");
    }

    @Test
    void crlfLineEndingsMapBackToTheRightCharacters() {
        String file = "# Title\r\n\r\nFirst **bold** line\r\nsecond line.\r\n";
        Body body = read(file);

        assertThat(body.text()).isEqualTo("Title\n\nFirst bold line second line.");
        int second = body.text().indexOf("second");
        assertThat(file.substring(body.toOriginal(second), body.toOriginal(second + 6))).isEqualTo("second");
    }

    @Test
    void finalReferencesSectionIsKeptApart() {
        Body body = read("Text of the article.\n\n### Références\n- [Un article](https://example.org/1)\n- Un livre, 2020\n");

        assertThat(body.text()).isEqualTo("Text of the article.");
        assertThat(body.references()).containsExactly("Un article <https://example.org/1>", "Un livre, 2020");
    }

    @Test
    void referencesHeadingInOtherLanguagesIsRecognised() {
        assertThat(read("Text.\n\n### 参考资料\n- [甲](https://example.org/1)\n").references()).hasSize(1);
        assertThat(read("Text.\n\n## Further reading:\n- A book\n").references()).containsExactly("A book");
    }

    @Test
    void trailingLinkLinesWithALabelAreReferences() {
        Body body = read("Text of the article.\n\nReferences:  \n[First source](https://example.org/1)  \n"
                + "[Second source](https://example.org/2)\n");

        assertThat(body.text()).isEqualTo("Text of the article.");
        assertThat(body.references()).containsExactly("First source <https://example.org/1>",
                "Second source <https://example.org/2>");
    }

    @Test
    void numberedCitationListIsReferences() {
        Body body = read("Text.[1]\n\nCitations:\n[1] https://example.org/1\n[2] https://example.org/2\n");

        assertThat(body.text()).isEqualTo("Text.");
        assertThat(body.references()).containsExactly("<https://example.org/1>", "<https://example.org/2>");
    }

    @Test
    void boldReferencesLabelIsRecognised() {
        Body body = read("Texte.\n\n**Références :**\n- [Source](https://example.org/1)\n");

        assertThat(body.text()).isEqualTo("Texte.");
        assertThat(body.references()).containsExactly("Source <https://example.org/1>");
    }

    @Test
    void aSectionAfterTheReferencesHeadingKeepsItInTheText() {
        Body body = read("# Sources of growth\n\nText.\n\n# Outlook\n\nMore text.");

        assertThat(body.text()).contains("Sources of growth");
        assertThat(body.references()).isEmpty();
    }

    @Test
    void linksInsideProseAreNotReferences() {
        Body body = read("Text.\n\nThe last paragraph cites [one source](https://example.org/1) in a long sentence.");

        assertThat(body.text()).endsWith("in a long sentence.");
        assertThat(body.references()).isEmpty();
    }

    @Test
    void offsetsPointIntoTheWholeFileWhenFrontMatterIsSkipped() throws Exception {
        String file = "---\ntitle: T\n---\nHello **world**.\n";
        FrontMatter front = FrontMatter.parse(file);

        Body body = MarkdownReader.read(file, front.bodyStart()).body();

        int world = body.text().indexOf("world");
        assertThat(file.substring(body.toOriginal(world), body.toOriginal(world + 5))).isEqualTo("world");
        assertThat(body.toOriginal(0)).isEqualTo(file.indexOf("Hello"));
        OffsetChecks.assertMapsBack(file, body);
    }

    @Test
    void firstLevelOneHeadingIsOfferedAsTitle() {
        assertThat(MarkdownReader.read("Intro.\n\n## Sub\n\n# Main *title*\n", 0).firstTitle()).isEqualTo("Main title");
    }

    @Test
    void unterminatedMarkupDoesNotSwallowText() {
        Body body = read("A [link without end and a <tag without end and `tick and ![img\n\nNext block.");

        assertThat(body.text()).contains("link without end").contains("Next block.");
    }

    @Test
    void blocksCoverTheTextInOrder() {
        Body body = read("# T\n\nOne.\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n");

        List<Block> blocks = body.blocks();
        int previous = -2;
        for (Block block : blocks) {
            assertThat(block.range().begin()).isEqualTo(previous + 2);
            previous = block.range().end();
            assertThat(body.blockAt(block.range().begin())).isSameAs(block);
        }
        assertThat(previous).isEqualTo(body.text().length());
    }
}
