package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronograph.source.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's structure in the extraction, on fixtures of our own (src/test/resources/source/structure): a list
 * item's lead-in is the subject of its description, a table row's cells are read with their headers, headings give
 * their period and are no sentences, their Title Case no name cue (real CoreNLP models).
 */
class PageReadingTest {
    private static final Path FIXTURES = Path.of("src/test/resources/source/structure");
    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new Extractor();
    }

    private static Extraction extract(String name) {
        return extractor.extract(new ArticleReader().readAll(List.of(FIXTURES.resolve(name))).get(0).asArticle().orElseThrow());
    }

    /** The name the article uses or a longer or shorter form of it ("Brightline" where the tagger cut "Labs"). */
    private static boolean named(Event e, String name) {
        return names(e).stream().anyMatch(n -> n.equals(name) || n.startsWith(name + " ") || name.startsWith(n + " "));
    }

    private static Event event(Extraction x, EventType type, String... participants) {
        return x.events().stream().filter(e -> e.type() == type && java.util.Arrays.stream(participants).allMatch(p -> named(e, p))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " with " + List.of(participants) + " in " + x.events()));
    }

    private static String date(Event e) {
        return e.date() == null ? null : e.date().value();
    }

    private static Set<String> entityNames(Extraction x) {
        return x.entities().stream().map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void aBoldNameLeadingAListItemIsTheSubjectOfItsDescription() {
        Extraction x = extract("people-list-en.md");

        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.Person).extracting(Entity::name)
                .contains("Jane Doe", "Malik Osei", "Laura Bianchi", "Tomasz Wilk", "Ines Duarte");
        // "1. **Jane Doe**" above "Former head of research at Acme Robotics; co-founder of Zeta Dynamics."
        assertThat(event(x, EventType.DEPARTURE, "Jane Doe", "Acme Robotics").evidence().sentence())
                .startsWith("Former research lead");
        event(x, EventType.FOUNDING, "Jane Doe", "Zeta Dynamics");
        // the nested items of "- **Ines Duarte**" are about her
        event(x, EventType.DEPARTURE, "Ines Duarte", "Brightline Labs");
        assertThat(date(event(x, EventType.FOUNDING, "Ines Duarte", "Vantor Robotics"))).isEqualTo("2021");
        // a linked name and a name before a colon lead their items too
        assertThat(date(event(x, EventType.JOIN, "Laura Bianchi", "Halvard Systems"))).isEqualTo("2023");
        assertThat(date(event(x, EventType.DEPARTURE, "Tomasz Wilk", "Brightline Labs"))).isEqualTo("2024");
        assertThat(x.moves()).anySatisfy(m -> {
            assertThat(m.person().name()).isEqualTo("Jane Doe");
            assertThat(m.from().name()).isEqualTo("Acme Robotics");
            assertThat(m.to().name()).isEqualTo("Zeta Dynamics");
        });
    }

    @Test
    void aTableRowIsReadWithItsHeaders() {
        Extraction x = extract("funding-table-en.md");

        // "Founded" dates a founding of the row's company, "Funding (as of Q3 2025)" a funding in 2025-Q3
        assertThat(date(event(x, EventType.FOUNDING, "Kestrel Motion"))).isEqualTo("2019");
        assertThat(date(event(x, EventType.FOUNDING, "Quarry AI"))).isEqualTo("2021");
        assertThat(date(event(x, EventType.FOUNDING, "Halvard Systems"))).isEqualTo("2016");
        assertThat(date(event(x, EventType.FUNDING, "Kestrel Motion"))).isEqualTo("2025-Q3");
        assertThat(date(event(x, EventType.FUNDING, "Quarry AI"))).isEqualTo("2025-Q3");
        // "—" under Funding says there is none
        assertThat(x.events()).noneMatch(e -> e.type() == EventType.FUNDING && names(e).contains("Halvard Systems"));
        // the evidence of a cell is its row
        assertThat(event(x, EventType.FOUNDING, "Quarry AI").evidence().sentence()).contains("Quarry AI", "2021", "$45M Series A");
        // column names are no names
        assertThat(entityNames(x)).doesNotContain("Headquarters", "Key Product", "Company", "Founded");
        // a cell holding one name is typed by its column's header: the tagger reads "Kestrel Motion" as a person
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Kestrel Motion")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.Company));
    }

    @Test
    void aCellNamesOwnWordsOutweighItsColumnsPersonHeader() {
        Extraction x = extract("investors-table-en.md");

        // "Lead investor" names people, but a name ending with "Ventures" or "Capital" is a company's
        assertThat(type(x, "Brightwater Ventures")).isEqualTo(EntityType.Company);
        assertThat(type(x, "Northgate Capital")).isEqualTo(EntityType.Company);
        assertThat(type(x, "Marta Quintero")).isEqualTo(EntityType.Person);
        // an organization word in the name wins over a column of companies or people alike
        assertThat(type(x, "Oslo Speech Laboratory")).isEqualTo(EntityType.Organization);
        assertThat(type(x, "Allen Institute")).isEqualTo(EntityType.Organization);
        assertThat(type(x, "Corvale")).isEqualTo(EntityType.Company);
    }

    private static EntityType type(Extraction x, String name) {
        return x.entities().stream().filter(e -> e.name().equals(name)).map(e -> e.type()).findFirst().orElse(null);
    }

    @Test
    void headingsGiveTheirPeriodAndTheirTitleCaseIsNoNameCue() {
        Extraction x = extract("title-case-headings-en.md");

        assertThat(entityNames(x)).contains("Acme Robotics", "Brightline Labs", "Halvard Systems", "Nora Lindqvist")
                .doesNotContain("Competitive Landscape", "Resource Allocation", "Leadership Changes");
        // a list item's lead-in that is a label ("**Compute Budget and Efficiency Issues**:") holds no name either
        assertThat(entityNames(x)).noneMatch(n -> n.contains("Compute") || n.contains("Efficiency") || n.contains("Budget"));
        // "## Leadership Changes (2024)" dates the join told under it
        assertThat(date(event(x, EventType.JOIN, "Nora Lindqvist", "Acme Robotics"))).isEqualTo("2024");
        // a heading states nothing
        assertThat(x.events()).allSatisfy(e -> assertThat(e.evidence().sentence()).doesNotStartWith("Acme Robotics Strategy Review"));
    }

    @Test
    void linksAndCitationsLeaveTheirTextAndOffsets() throws Exception {
        Extraction x = extract("links-citations-en.md");
        String original = java.nio.file.Files.readString(FIXTURES.resolve("links-citations-en.md"));

        Event funding = event(x, EventType.FUNDING, "Brightline Labs", "Harbor Ventures");
        assertThat(funding.evidence().sentence()).isEqualTo("Brightline Labs raised $60 million in a round led by Harbor Ventures on Monday.");
        // the span takes the link it opens with whole, and reads back as the sentence
        String span = original.substring(funding.evidence().start(), funding.evidence().end());
        assertThat(span).startsWith("[Brightline Labs](https://example.org/brightline) raised").endsWith("on Monday.");
        assertThat(org.chronograph.source.MarkupReading.markdownInline(span)).isEqualTo(funding.evidence().sentence());
        assertThat(x.entities()).filteredOn(e -> e.name().equals("Rui Alves")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).allSatisfy(m -> assertThat(original.substring(m.start(), m.end())).isEqualTo("Rui Alves")));
    }

    @Test
    void anHtmlArticleIsReadWithoutItsNavigationAndWithItsLeadIns() {
        Extraction x = extract("newsroom-en.html");

        event(x, EventType.JOIN, "Sofia Brandt", "Kestrel Motion");
        event(x, EventType.FOUNDING, "Sofia Brandt", "Lumen Robotics");
        // "co-founder of Lumen Robotics": the name after the role is the whole name the tagger gives
        assertThat(entityNames(x)).contains("Lumen Robotics").doesNotContain("Lumen", "Robotics");
        assertThat(date(event(x, EventType.DEPARTURE, "Arjun Mehta", "Halvard Systems"))).isEqualTo("2025-04");
        assertThat(entityNames(x)).doesNotContain("Robotics Daily", "Top stories");
    }

    @Test
    void frenchListsAndTablesAreReadTheSameWay() {
        Extraction x = extract("equipe-fr.md");

        event(x, EventType.DEPARTURE, "Camille Arnaud", "Brightline Labs");
        event(x, EventType.FOUNDING, "Camille Arnaud", "Kestrel Robotics");
        assertThat(date(event(x, EventType.JOIN, "Tomasz Wilk", "Kestrel Robotics"))).isEqualTo("2023");
        assertThat(date(event(x, EventType.FOUNDING, "Quarry AI"))).isEqualTo("2021");
        assertThat(date(event(x, EventType.FUNDING, "Quarry AI"))).isEqualTo("2025-Q3");
        assertThat(entityNames(x)).doesNotContain("Concurrents Directs");
    }

    @Test
    void aStoryKeepsItsDateAcrossHeadingsButAPassingYearDoesNotDateABareMonth() {
        Extraction x = extract("story-dates-en.md");

        // the list under "## Announcements" is told at the conference's date, given two paragraphs and a heading before
        assertThat(date(event(x, EventType.RELEASE, "Nordwind Labs", "Atlas 3"))).isEqualTo("2026-06-02");
        // "founded in 2019 by ..." is told in passing: "In April" is the April before publication, not April 2019
        assertThat(date(event(x, EventType.FOUNDING, "Nordwind Labs"))).isEqualTo("2019");
        assertThat(date(event(x, EventType.ACQUISITION, "Nordwind Labs", "Skarv Robotics"))).isEqualTo("2026-04");
        // a person's move told with no date of its own, in a section of its own, takes no date from elsewhere for the
        // moves; on the timeline the arrival is at the story's time, marked as inferred (InferredDates.onTimeline)
        Event join = event(x, EventType.JOIN, "Ingrid Dahl", "Nordwind Labs");
        assertThat(join.date() == null || "APPROX".equals(join.date().mod())).as(String.valueOf(join.date())).isTrue();
        assertThat(x.moves()).filteredOn(m -> m.person().name().equals("Ingrid Dahl"))
                .allSatisfy(m -> assertThat(m.date()).isNull());
    }
}
