package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML through jsoup: the main text, its map back to the page, its blocks and the page's metadata. */
class HtmlReaderTest {

    private static HtmlReader.Page read(String html) {
        HtmlReader.Page page = HtmlReader.read(html);
        OffsetChecks.assertMapsBack(html, page.body());
        return page;
    }

    @Test
    void scriptsStylesCommentsAndNoscriptAreDropped() {
        HtmlReader.Page page = read("<html><head><style>p { color: red }</style>"
                + "<script>var secret = 'alert(1)';</script></head><body><!-- hidden note -->"
                + "<p>Visible <SCRIPT type=\"x\">document.write('x')</SCRIPT>text.</p>"
                + "<noscript><p>Enable scripts</p></noscript><template><p>tpl</p></template></body></html>");

        assertThat(page.body().text()).isEqualTo("Visible text.");
    }

    @Test
    void blockElementsBecomeBlocksAndInlineElementsDoNot() {
        HtmlReader.Page page = read("<h2>Heading</h2><p>One <b>bold</b> <a href=\"https://x.org\">link</a>.</p>"
                + "<div>Two<br>Three</div><ul><li>Item one</li><li>Item <em>two</em><ul><li>Nested</li></ul></li></ul>");

        assertThat(page.body().text()).isEqualTo("Heading\n\nOne bold link.\n\nTwo\n\nThree\n\nItem one\n\nItem two\n\nNested");
        assertThat(page.body().blocks()).extracting(Block::kind).containsExactly(Block.Kind.HEADING, Block.Kind.PARAGRAPH,
                Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.ITEM, Block.Kind.ITEM, Block.Kind.ITEM);
        assertThat(page.body().blocks()).extracting(Block::depth).containsExactly(0, 0, 0, 0, 1, 1, 2);
        assertThat(page.body().blocks().get(0).level()).isEqualTo(2);
    }

    @Test
    void entitiesAreDecodedWhitespaceCollapsedAndMappedToTheirReference() {
        String html = "<p>Caf&eacute;&nbsp;&amp;\n   bar &#8212; &#x263A; &unknown; &lt;b&gt;</p>";
        HtmlReader.Page page = read(html);

        String text = page.body().text();
        assertThat(text).isEqualTo("Café & bar — ☺ &unknown; <b>");
        int dash = text.indexOf('—');
        assertThat(html.substring(page.body().toOriginal(dash), page.body().toOriginal(dash + 1))).isEqualTo("&#8212;");
        int cafe = text.indexOf("Café");
        assertThat(html.substring(page.body().toOriginal(cafe), page.body().toOriginal(cafe + 4))).isEqualTo("Caf&eacute;");
    }

    @Test
    void tableRowsKeepTheirCellsHeaderAndCaption() {
        HtmlReader.Page page = read("<table><caption>Staff by year</caption><tr><th>Year</th><th>Staff</th></tr>"
                + "<tr><td>2024</td><td></td></tr><tr><td> 2025 </td><td>120</td></tr></table>");

        Body body = page.body();
        assertThat(body.text()).isEqualTo("Staff by year\n\nYear\nStaff\n\n2024\n\n2025\n120");
        Block last = body.blocks().get(3);
        assertThat(last.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(last.header()).containsExactly("Year", "Staff");
        assertThat(last.caption()).isEqualTo("Staff by year");
        assertThat(last.cells()).extracting(c -> last.headerOf(c) + "=" + c.range().of(body.text()))
                .containsExactly("Year=2025", "Staff=120");
        assertThat(body.blocks().get(1).kind()).isEqualTo(Block.Kind.HEADER_ROW);
    }

    @Test
    void metadataIsTakenFromHeadAndHtmlElement() {
        HtmlReader.Page page = read("<html lang=\"fr-CA\"><head><title>Le &laquo; titre &raquo;</title>"
                + "<meta property='article:published_time' content='2025-04-03T10:00:00Z'>"
                + "<meta property=\"og:url\" content=\"https://example.org/a\"></head>"
                + "<body><h1>Autre</h1><p>Texte.</p></body></html>");

        assertThat(page.title()).isEqualTo("Le « titre »");
        assertThat(page.lang()).isEqualTo("fr-CA");
        assertThat(page.date()).isEqualTo("2025-04-03T10:00:00Z");
        assertThat(page.url()).isEqualTo("https://example.org/a");
    }

    @Test
    void firstH1IsTheTitleWhenThereIsNoTitleElement() {
        assertThat(read("<h2>Kicker</h2><h1>Real <i>title</i></h1><p>Text.</p>").title()).isEqualTo("Real title");
    }

    @Test
    void svgTitleIsNotThePageTitle() {
        HtmlReader.Page page = read("<svg><title>icon</title><text>x</text></svg><h1>Page</h1>");

        assertThat(page.title()).isEqualTo("Page");
        assertThat(page.body().text()).isEqualTo("Page");
    }

    @Test
    void finalSourcesSectionBecomesReferences() {
        HtmlReader.Page page = read("<p>Text.</p><h2>Sources</h2><ul><li><a href=\"https://example.org/1\">One</a></li></ul>");

        assertThat(page.body().text()).isEqualTo("Text.");
        assertThat(page.body().references()).containsExactly("One <https://example.org/1>");
    }

    @Test
    void brokenMarkupDoesNotThrow() {
        HtmlReader.Page page = read("<p>Unclosed <b>bold <a href='x>text < 3 and 5 > 2 </p><script>never closed");

        assertThat(page.body().text()).startsWith("Unclosed bold");
        assertThat(page.body().text()).doesNotContain("never closed");
    }

    @Test
    void textTheParserMovesOutOfATableKeepsTheMapMonotonic() {
        HtmlReader.Page page = read("<table><tr><td>cell</td></tr>stray text<tr><td>second</td></tr></table><p>After.</p>");

        assertThat(page.body().text()).contains("cell", "second", "After.");
    }

    @Test
    void listItemLeadInsAreFoundInHtml() {
        HtmlReader.Page page = read("<ul><li><strong>Jane Doe</strong><br>Former head of research at Acme.</li>"
                + "<li><a href=\"https://example.org/p\">Priya Raman</a> &mdash; joined Halvard in 2023."
                + "<ul><li>Led the vision team.</li></ul></li><li>Tomas Wilk: left Brightline.</li></ul>");

        Body body = page.body();
        assertThat(body.text()).isEqualTo("Jane Doe\nFormer head of research at Acme.\n\nPriya Raman — joined Halvard in 2023."
                + "\n\nLed the vision team.\n\nTomas Wilk: left Brightline.");
        assertThat(body.blocks()).extracting(b -> b.leadIn() == null ? null : b.leadIn().of(body.text()))
                .containsExactly("Jane Doe", "Priya Raman", "Priya Raman", "Tomas Wilk");
    }
}
