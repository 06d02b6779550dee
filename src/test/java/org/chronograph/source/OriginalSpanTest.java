package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * {@link Body#toOriginal(int, int)}: the span of the original a piece of clean text was read from takes whole the
 * markup it touches, never cuts it, and reads back (through {@link MarkupReading}) as that clean text.
 */
class OriginalSpanTest {

    /** The original span of the first occurrence of {@code clean} in the body's text. */
    private static String span(String original, Body body, String clean) {
        int begin = body.text().indexOf(clean);
        assertThat(begin).as("clean text holds '%s': %s", clean, body.text()).isGreaterThanOrEqualTo(0);
        return body.toOriginal(begin, begin + clean.length()).of(original);
    }

    private static Body markdown(String original) {
        return MarkdownReader.read(original, 0).body();
    }

    @Test
    void aSentenceOpeningWithABoldLeadInTakesTheOpeningMarkers() {
        String md = "Timeline:\n\n"
                + "- **2024 Lawsuit**: Acme sued Zeta Dynamics in May 2024. The case is open.\n"
                + "1. **Restructuration d'entreprise** : En 2011, Acme s'est scindée en trois entités.\n"
                + "   - **Nested Lead**: Zeta hired Jane Doe in 2022.\n";
        Body body = markdown(md);

        String sentence = "2024 Lawsuit: Acme sued Zeta Dynamics in May 2024.";
        assertThat(span(md, body, sentence)).isEqualTo("**2024 Lawsuit**: Acme sued Zeta Dynamics in May 2024.");
        assertThat(MarkupReading.markdownInline(span(md, body, sentence))).isEqualTo(sentence);
        String french = "Restructuration d'entreprise : En 2011, Acme s'est scindée en trois entités.";
        assertThat(span(md, body, french)).isEqualTo("**Restructuration d'entreprise** : En 2011, Acme s'est scindée en trois entités.");
        assertThat(MarkupReading.markdownInline(span(md, body, french))).isEqualTo(french);
        assertThat(span(md, body, "Nested Lead: Zeta hired Jane Doe in 2022.")).isEqualTo("**Nested Lead**: Zeta hired Jane Doe in 2022.");
        // what lies inside the bold run, or wholly outside it, is the text itself
        assertThat(span(md, body, "2024 Lawsuit")).isEqualTo("2024 Lawsuit");
        assertThat(span(md, body, "Lawsuit")).isEqualTo("Lawsuit");
        assertThat(span(md, body, "The case is open.")).isEqualTo("The case is open.");
        assertThat(span(md, body, "Acme sued Zeta Dynamics in May 2024.")).isEqualTo("Acme sued Zeta Dynamics in May 2024.");
    }

    @Test
    void aSpanEndingInsideALinkOrBoldRunTakesItsClosingMarkup() {
        String md = "Brightline Labs was founded by [Rui **Alves**](https://example.org/alves \"bio\") in 2019. "
                + "It later hired **Ana Costa**.\n";
        Body body = markdown(md);

        assertThat(span(md, body, "Brightline Labs was founded by Rui Alves"))
                .isEqualTo("Brightline Labs was founded by [Rui **Alves**](https://example.org/alves \"bio\")");
        assertThat(span(md, body, "It later hired Ana Costa.")).isEqualTo("It later hired **Ana Costa**.");
        assertThat(span(md, body, "Rui Alves")).isEqualTo("Rui **Alves**");
        assertThat(span(md, body, "Rui")).isEqualTo("Rui");
        String sentence = "Brightline Labs was founded by Rui Alves in 2019.";
        assertThat(span(md, body, sentence)).isEqualTo("Brightline Labs was founded by [Rui **Alves**](https://example.org/alves \"bio\") in 2019.");
        assertThat(MarkupReading.markdownInline(span(md, body, sentence))).isEqualTo(sentence);
    }

    @Test
    void aSentenceOpeningWithALinkCodeSpanOrEntityTakesItsMarkup() {
        String md = "[Acme](https://acme.example) hired Jane Doe. `acme-cli` shipped in 2024. "
                + "Caf&eacute; Robotics raised $5M. The [1] round closed.\n";
        Body body = markdown(md);

        assertThat(span(md, body, "Acme hired Jane Doe.")).isEqualTo("[Acme](https://acme.example) hired Jane Doe.");
        assertThat(span(md, body, "acme-cli shipped in 2024.")).isEqualTo("`acme-cli` shipped in 2024.");
        assertThat(span(md, body, "Café Robotics raised $5M.")).isEqualTo("Caf&eacute; Robotics raised $5M.");
        assertThat(MarkupReading.markdownInline(span(md, body, "Café Robotics raised $5M."))).isEqualTo("Café Robotics raised $5M.");
        assertThat(MarkupReading.markdownInline(span(md, body, "The round closed."))).isEqualTo("The round closed.");
    }

    @Test
    void sentencesInsideOneBoldRunStayInsideIt() {
        String md = "**Acme grew in 2023. Zeta shrank in 2024.** Then Kestrel came.\n";
        Body body = markdown(md);

        assertThat(span(md, body, "Acme grew in 2023.")).isEqualTo("Acme grew in 2023.");
        assertThat(span(md, body, "Zeta shrank in 2024.")).isEqualTo("Zeta shrank in 2024.");
        assertThat(span(md, body, "Then Kestrel came.")).isEqualTo("Then Kestrel came.");
        // a span that starts inside the run's text and leaves it cannot read as itself: it takes the run whole
        assertThat(span(md, body, "Zeta shrank in 2024. Then")).isEqualTo("**Acme grew in 2023. Zeta shrank in 2024.** Then");
    }

    @Test
    void aTableRowHeldWholeIsItsLineWithThePipesAndReadsCellByCell() {
        String md = "Funding by company:\n\n"
                + "| Company | Founded | Funding |\n"
                + "|---|---|---|\n"
                + "| **Quarry AI** | 2021 | [$45M](https://example.org/q) Series A |\n"
                + "Halvard Systems | 2019 | $10M \\| seed\n";
        Body body = markdown(md);

        String row = "Quarry AI\n2021\n$45M Series A";
        assertThat(span(md, body, row)).isEqualTo("| **Quarry AI** | 2021 | [$45M](https://example.org/q) Series A |");
        // cut at the pipes as commonmark does, each cell read inline: the row's lines
        String[] cells = span(md, body, row).split("(?<!\\\\)\\|");
        assertThat(java.util.Arrays.stream(cells).map(MarkupReading::markdownInline).filter(c -> !c.isEmpty()))
                .containsExactly("Quarry AI", "2021", "$45M Series A");
        assertThat(span(md, body, "Halvard Systems\n2019\n$10M | seed")).isEqualTo("Halvard Systems | 2019 | $10M \\| seed");
        // one cell, or a name in it, is its text
        assertThat(span(md, body, "Quarry AI")).isEqualTo("Quarry AI");
        assertThat(span(md, body, "2021")).isEqualTo("2021");
    }

    @Test
    void htmlSpansTakeWholeTheTagsTheyTouchAndReadBackThroughJsoup() {
        String html = "<html><body><article><h1>Kestrel news</h1>"
                + "<p><b>Sofia Brandt</b> joined <a href=\"https://example.org/k\">Kestrel <i>Motion</i></a> &amp; Lumen in 2025. "
                + "She left Acme.</p>"
                + "<ul><li><strong>Arjun Mehta</strong>: joined from Halvard Systems in April 2025.</li></ul>"
                + "<table><tr><th>Year</th><th>Staff</th></tr><tr><td>2025</td><td><b>140</b></td></tr></table>"
                + "</article></body></html>";
        Body body = HtmlReader.read(html).body();

        String sentence = "Sofia Brandt joined Kestrel Motion & Lumen in 2025.";
        String original = span(html, body, sentence);
        assertThat(original).isEqualTo("<b>Sofia Brandt</b> joined <a href=\"https://example.org/k\">Kestrel <i>Motion</i></a> &amp; Lumen in 2025.");
        assertThat(Jsoup.parseBodyFragment(original).text()).isEqualTo(sentence);
        assertThat(MarkupReading.html(original)).isEqualTo(sentence);
        assertThat(span(html, body, "She left Acme.")).isEqualTo("She left Acme.");
        // the whole text of the link: inside it, with the italics it holds
        assertThat(span(html, body, "Kestrel Motion")).isEqualTo("Kestrel <i>Motion</i>");
        assertThat(span(html, body, "Motion & Lumen")).isEqualTo("<a href=\"https://example.org/k\">Kestrel <i>Motion</i></a> &amp; Lumen");
        assertThat(span(html, body, "Kestrel")).isEqualTo("Kestrel");
        String item = "Arjun Mehta: joined from Halvard Systems in April 2025.";
        assertThat(span(html, body, item)).isEqualTo("<strong>Arjun Mehta</strong>: joined from Halvard Systems in April 2025.");
        assertThat(Jsoup.parseBodyFragment(span(html, body, item)).text()).isEqualTo(item);
        // a row: its cells whole, tags included; read as a row, its cells one per line
        String row = span(html, body, "2025\n140");
        assertThat(row).isEqualTo("<td>2025</td><td><b>140</b></td>");
        assertThat(MarkupReading.html("<table><tr>" + row + "</tr></table>")).isEqualTo("2025\n140");
    }

    @Test
    void aBodyWithoutMarkupMapsSpansOntoThemselves() {
        Body body = Body.plain("Acme hired Jane Doe in 2024.\n\nZeta left.");
        assertThat(body.toOriginal(0, 28)).isEqualTo(new Body.Original(0, 28));
        assertThat(body.toOriginal(30, 40).of(body.text())).isEqualTo("Zeta left.");
    }
}
