package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReducerTest {

    private static HtmlReducer.Page reduce(String html) {
        HtmlReducer.Page page = HtmlReducer.reduce(html);
        OffsetChecks.assertMapsBack(html, page.body());
        return page;
    }

    @Test
    void scriptsStylesCommentsAndNoscriptAreDropped() {
        HtmlReducer.Page page = reduce("<html><head><style>p { color: red }</style>"
                + "<script>var secret = 'alert(1)';</script></head><body><!-- hidden note -->"
                + "<p>Visible <SCRIPT type=\"x\">document.write('x')</SCRIPT>text.</p>"
                + "<noscript><p>Enable scripts</p></noscript><template><p>tpl</p></template></body></html>");

        assertThat(page.body().text()).isEqualTo("Visible text.");
    }

    @Test
    void blockElementsBecomeBlocksAndInlineElementsDoNot() {
        HtmlReducer.Page page = reduce("<h2>Heading</h2><p>One <b>bold</b> <a href=\"https://x.org\">link</a>.</p>"
                + "<div>Two<br>Three</div><ul><li>Item one</li><li>Item <em>two</em></li></ul>");

        assertThat(page.body().text()).isEqualTo("Heading\n\nOne bold link.\n\nTwo\n\nThree\n\nItem one\n\nItem two");
    }

    @Test
    void entitiesAreDecodedAndWhitespaceCollapsed() {
        HtmlReducer.Page page = reduce("<p>Caf&eacute;&nbsp;&amp;\n   bar &#8212; &#x263A; &unknown; &lt;b&gt;</p>");

        assertThat(page.body().text()).isEqualTo("Café & bar — ☺ &unknown; <b>");
    }

    @Test
    void tableCellsAreJoinedPerRow() {
        HtmlReducer.Page page = reduce("<table><tr><th>Year</th><th>Staff</th></tr>"
                + "<tr><td>2024</td><td></td></tr><tr><td> 2025 </td><td>120</td></tr></table>");

        assertThat(page.body().text()).isEqualTo("Year ; Staff\n\n2024\n\n2025 ; 120");
    }

    @Test
    void metadataIsTakenFromHeadAndHtmlElement() {
        HtmlReducer.Page page = reduce("<html lang=\"fr-CA\"><head><title>Le &laquo; titre &raquo;</title>"
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
        assertThat(reduce("<h2>Kicker</h2><h1>Real <i>title</i></h1><p>Text.</p>").title()).isEqualTo("Real title");
    }

    @Test
    void svgTitleIsNotThePageTitle() {
        HtmlReducer.Page page = reduce("<svg><title>icon</title><text>x</text></svg><h1>Page</h1>");

        assertThat(page.title()).isEqualTo("Page");
        assertThat(page.body().text()).isEqualTo("Page");
    }

    @Test
    void finalSourcesSectionBecomesReferences() {
        HtmlReducer.Page page = reduce("<p>Text.</p><h2>Sources</h2><ul><li><a href=\"https://example.org/1\">One</a></li></ul>");

        assertThat(page.body().text()).isEqualTo("Text.");
        assertThat(page.body().references()).containsExactly("One <https://example.org/1>");
    }

    @Test
    void brokenMarkupDoesNotThrow() {
        HtmlReducer.Page page = reduce("<p>Unclosed <b>bold <a href='x>text < 3 and 5 > 2 </p><script>never closed");

        assertThat(page.body().text()).startsWith("Unclosed bold");
        assertThat(page.body().text()).doesNotContain("never closed");
    }
}
