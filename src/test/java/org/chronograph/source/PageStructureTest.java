package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure the readers give the extraction, on our own fixtures (src/test/resources/source/structure). */
class PageStructureTest {
    private static final Path FIXTURES = Path.of("src/test/resources/source/structure");

    private static Article read(String name) throws Exception {
        Path file = FIXTURES.resolve(name);
        List<ReadResult> results = new ArticleReader().readAll(List.of(file));
        Article article = results.get(0).asArticle().orElseThrow(() -> new AssertionError(results.get(0)));
        OffsetChecks.assertMapsBack(Files.readString(file), article.body());
        return article;
    }

    private static String leadIn(Body body, Block block) {
        return block.leadIn() == null ? null : block.leadIn().of(body.text());
    }

    private static Block blockStarting(Body body, String start) {
        return body.blocks().stream().filter(b -> b.range().of(body.text()).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with " + start));
    }

    @Test
    void boldAndLinkedNamesLeadNumberedBulletedAndNestedItems() throws Exception {
        Body body = read("people-list-en.md").body();
        String text = body.text();

        // a name alone on the item's first line stays on its own line, above its description
        assertThat(text).contains("Jane Doe\nFormer research lead at Acme Robotics; co-founder of Zeta Dynamics.")
                .contains("Malik Osei\nChief executive of Zeta Dynamics since 2022.")
                .contains("Laura Bianchi — joined Halvard Systems in 2023")
                .contains("Tomasz Wilk: left Brightline Labs in 2024")
                .doesNotContain("**", "](");
        assertThat(leadIn(body, blockStarting(body, "Jane Doe"))).isEqualTo("Jane Doe");
        assertThat(leadIn(body, blockStarting(body, "Malik Osei"))).isEqualTo("Malik Osei");
        assertThat(leadIn(body, blockStarting(body, "Laura Bianchi"))).isEqualTo("Laura Bianchi");
        assertThat(leadIn(body, blockStarting(body, "Tomasz Wilk"))).isEqualTo("Tomasz Wilk");
        // nested items take the lead-in of the item they are in
        Block nested = blockStarting(body, "Co-founded Vantor Robotics");
        assertThat(nested.kind()).isEqualTo(Block.Kind.ITEM);
        assertThat(nested.depth()).isEqualTo(2);
        assertThat(leadIn(body, nested)).isEqualTo("Ines Duarte");
        assertThat(blockStarting(body, "Jane Doe").depth()).isEqualTo(1);
        assertThat(blockStarting(body, "The list below").leadIn()).isNull();
    }

    @Test
    void gfmTableRowsCarryTheirHeaderCellsAndCaption() throws Exception {
        Body body = read("funding-table-en.md").body();

        Block row = blockStarting(body, "Quarry AI");
        assertThat(row.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(row.caption()).isEqualTo("Where the main makers stand, by company");
        assertThat(row.cells()).extracting(c -> row.headerOf(c) + "=" + c.range().of(body.text())).containsExactly(
                "Company=Quarry AI", "Founded=2021", "Headquarters=Austin", "Funding (as of Q3 2025)=$45M Series A",
                "Key Product=Quarry Vision");
        assertThat(blockStarting(body, "Company").kind()).isEqualTo(Block.Kind.HEADER_ROW);
        assertThat(blockStarting(body, "Halvard Systems").cells()).extracting(Block.Cell::column).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void titleCaseHeadingsAreHeadingsWithTheirLevel() throws Exception {
        Body body = read("title-case-headings-en.md").body();

        assertThat(body.blocks()).filteredOn(b -> b.kind() == Block.Kind.HEADING)
                .extracting(b -> b.level() + " " + b.range().of(body.text()))
                .containsExactly("1 Acme Robotics Strategy Review", "2 Competitive Landscape", "2 Resource Allocation",
                        "2 Leadership Changes (2024)");
        assertThat(blockStarting(body, "Nora Lindqvist").kind()).isEqualTo(Block.Kind.PARAGRAPH);
    }

    @Test
    void inlineLinksKeepTheirTextAndCitationsFootnotesAndSourcesGo() throws Exception {
        Article article = read("links-citations-en.md");
        String text = article.body().text();

        assertThat(text).isEqualTo("Brightline Labs raised $60 million in a round led by Harbor Ventures on Monday. "
                + "The company said the money will fund a new plant in Porto.\n\nIts founder, Rui Alves, called it \"a step up\".");
        assertThat(article.body().references()).containsExactly("Brightline press release <https://example.org/press>",
                "Harbor Ventures portfolio <https://example.org/portfolio>", "The plant opens in 2026.");
    }

    @Test
    void htmlArticleKeepsItsMainTextAndDropsNavigationScriptsAndBoilerplate() throws Exception {
        Article article = read("newsroom-en.html");
        Body body = article.body();

        assertThat(article.title()).isEqualTo("Kestrel Motion hires a new chief scientist");
        assertThat(article.published()).isEqualTo(java.time.LocalDate.of(2025, 5, 6));
        assertThat(article.url()).isEqualTo("https://example.org/news/kestrel-hire");
        assertThat(body.text()).startsWith("Kestrel Motion hires a new chief scientist\n\nBy Staff\n\n"
                        + "Kestrel Motion said on Tuesday that it had hired Sofia Brandt, formerly of Acme Robotics, as chief scientist.")
                .contains("Sofia Brandt\nFormer research director at Acme Robotics; co-founder of Lumen Robotics.")
                .contains("Arjun Mehta — joined from Halvard Systems in April 2025.")
                .doesNotContain("Robotics Daily", "Home", "Top stories", "tracking", "Subscribe", "injected", "Share", "rights");
        assertThat(leadIn(body, blockStarting(body, "Sofia Brandt"))).isEqualTo("Sofia Brandt");
        assertThat(leadIn(body, blockStarting(body, "Arjun Mehta"))).isEqualTo("Arjun Mehta");
        Block row = blockStarting(body, "2025");
        assertThat(row.kind()).isEqualTo(Block.Kind.ROW);
        assertThat(row.caption()).isEqualTo("Kestrel Motion in figures");
        assertThat(row.header()).containsExactly("Year", "Staff");
        assertThat(blockStarting(body, "Who Joined").kind()).isEqualTo(Block.Kind.HEADING);
    }
}
