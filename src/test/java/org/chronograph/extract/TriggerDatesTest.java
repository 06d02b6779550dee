package org.chronograph.extract;

import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;
import org.chronograph.source.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which date is an event's, on our own fixtures ({@code dates-en.md}, {@code dates-fr.md}): a date of another clause
 * never dates an event, and a day told without its year takes it from the tense and the publication date.
 */
class TriggerDatesTest {
    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new Extractor();
    }

    private static Extraction extract(String fixture) throws IOException {
        try (InputStream in = TriggerDatesTest.class.getResourceAsStream("/extract/" + fixture)) {
            Article article = new ArticleReader().read(fixture, in.readAllBytes())
                    .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
            return extractor.extract(article);
        }
    }

    private static List<Event> events(Extraction x, EventType type, String participant) {
        return x.events().stream().filter(e -> e.type() == type
                && e.participants().stream().anyMatch(p -> p.entity().name().equals(participant))).toList();
    }

    @Test
    void aDateOfAnotherClauseDatesNoFounding() throws IOException {
        // "only four remained by mid-2025, ... rivals like Vantor Labs (co-founded by ...)": the founding is undated
        for (String fixture : List.of("dates-en.md", "dates-fr.md")) {
            Extraction x = extract(fixture);
            assertThat(events(x, EventType.FOUNDING, "Vantor Labs")).as(fixture).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.date()).as(fixture + ": " + e).isNull());
        }
    }

    @Test
    void aBareDayTakesItsYearFromTheTenseAndThePublicationDate() throws IOException {
        // "Le 21 décembre, ... a racheté", published 18 June 2025: the December before
        Extraction x = extract("dates-fr.md");
        assertThat(events(x, EventType.ACQUISITION, "Quillon")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2024-12-21"));
    }

    @Test
    void aWhenClauseTakesTheDateOfTheClauseItHangsOn() throws IOException {
        // "soured in 2019 when Julia Brandt resigned", "se sont tendues en 2019 quand Julia Brandt a démissionné": UD
        // hangs "when"/"quand" on the clause's verb as an adverb; the resignation is 2019's
        for (String fixture : List.of("dates-en.md", "dates-fr.md")) {
            Extraction x = extract(fixture);
            assertAllAt(x, fixture, EventType.DEPARTURE, "Julia Brandt", "2019");
        }
    }

    @Test
    void eachObjectOfADatedListIsAnEventAtItsOwnDate() throws IOException {
        // "acquisitions (e.g., Kestrel Labs in 2016, Palomar Robotics in 2018)", "(par exemple Kestrel Labs en 2016,
        // Palomar Robotics en 2018)": two acquisitions, each at its own year, not one at the nearest
        for (String fixture : List.of("dates-en.md", "dates-fr.md")) {
            Extraction x = extract(fixture);
            assertAllAt(x, fixture, EventType.ACQUISITION, "Kestrel Labs", "2016");
            assertAllAt(x, fixture, EventType.ACQUISITION, "Palomar Robotics", "2018");
        }
    }

    @Test
    void anAsideInParenthesesRightAfterTheTriggerDatesItsEvent() throws IOException {
        // "left Orion Robotics (he departed in 2021 to start ...)", "ont quitté Orion Robotique (il est parti en 2021
        // pour fonder ...)": the aside retells the leaving with its year
        for (String fixture : List.of("dates-en.md", "dates-fr.md")) {
            Extraction x = extract(fixture);
            assertAllAt(x, fixture, EventType.DEPARTURE, "Henrik Dahl", "2021");
        }
    }

    @Test
    void aDateOfAClauseBelowTheTriggersLeavesItsEventTheStorysTime() throws IOException {
        // "In 2022, ... Nadia Osei, who had joined Corlane in 2015, was named chief executive of Ferrowind": the naming
        // has no date of its own clause; it is told in the story's year, and the joining keeps its own
        for (String fixture : List.of("story-dates-en.md", "story-dates-fr.md")) {
            Extraction x = extract(fixture);
            assertThat(events(x, EventType.APPOINTMENT, "Nadia Osei")).as(fixture)
                    .anySatisfy(e -> assertThat(e.date()).as(fixture + ": " + e).isEqualTo(EventDate.of("2022")))
                    .noneSatisfy(e -> assertThat(e.date()).as(fixture + ": " + e).isEqualTo(EventDate.of("2015")));
        }
        assertAllAt(extract("story-dates-en.md"), "story-dates-en.md", EventType.JOIN, "Corlane", "2015");
    }

    @Test
    void aPluperfectRelativeClauseDoesNotMoveTheStorysTime() throws IOException {
        // "Later that year, Ferrowind sued ..." / "Quelques mois plus tard, Ferrowind rachète ..." after "who had joined
        // Corlane in 2015": counted from 2022, the story's year, not from the back-story's 2015
        assertThat(events(extract("story-dates-en.md"), EventType.LEGAL, "Brakken Systems")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().year()).as(e.toString()).isEqualTo(2022));
        assertThat(events(extract("story-dates-fr.md"), EventType.ACQUISITION, "Brakken Systems")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().year()).as(e.toString()).isEqualTo(2022));
    }

    @Test
    void aRelativeClauseWithACopulaIsAClauseOfItsOwn() throws IOException {
        // "Sara Lind left Corlane, where she was head of sales from 2015, and joined Ferrowind": UD heads the clause
        // by its noun; its date is not the joining's
        for (String fixture : List.of("story-dates-en.md")) {
            assertThat(events(extract(fixture), EventType.JOIN, "Sara Lind")).as(fixture)
                    .filteredOn(e -> e.participants().stream().anyMatch(p -> p.entity().name().equals("Ferrowind")))
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.date()).as(fixture + ": " + e).isNotNull()
                            .satisfies(d -> assertThat(d.year()).isEqualTo(2024)));
        }
    }

    @Test
    void aLeavingToFoundTakesTheFoundingsDate() throws IOException {
        // "founded in 2017 by Ida Berg, who left Corlane to start it" / "qui a quitté Corlane pour la lancer": the
        // leaving's clause has no date; the founding it led to gives it
        for (String fixture : List.of("story-dates-en.md", "story-dates-fr.md")) {
            assertAllAt(extract(fixture), fixture, EventType.DEPARTURE, "Ida Berg", "2017");
        }
        // "and Tor Lund, a former engineer at Statkraft": a leaving told in passing keeps no date
        assertThat(events(extract("story-dates-en.md"), EventType.DEPARTURE, "Statkraft")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).as(e.toString()).isNull());
    }

    @Test
    void theFollowingMonthIsTheFirstOfItsNameAfterTheDateToldBefore() throws IOException {
        // "In March 2025, Ferrowind opened a plant ..., and Ferrowind acquired Nordvik Analytics the following March":
        // March 2026, not the sentence's other date
        assertAllAt(extract("story-dates-en.md"), "story-dates-en.md", EventType.ACQUISITION, "Nordvik Analytics", "2026-03");
    }

    @Test
    void anEventToldInAClauseOnTheYearOfADateTakesThatYear() throws IOException {
        // "The plant was finished in 2025, the year Brakken Systems acquired Tidewater": the acquisition is 2025's
        assertAllAt(extract("story-dates-en.md"), "story-dates-en.md", EventType.ACQUISITION, "Tidewater", "2025");
    }

    @Test
    void thatSeasonIsInTheYearTheStoryIsIn() throws IOException {
        // "The company opened a lab in Oslo the following year, and Gale 2 came out that autumn": autumn 2020
        assertThat(events(extract("story-dates-en.md"), EventType.RELEASE, "Gale 2")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date().year()).as(e.toString()).isEqualTo(2020));
    }

    /** The fixture's events of this type with this participant exist, and each is dated {@code date}. */
    private static void assertAllAt(Extraction x, String fixture, EventType type, String participant, String date) {
        assertThat(events(x, type, participant)).as(fixture).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).as(fixture + ": " + e).isEqualTo(EventDate.of(date)));
    }

    @Test
    void aSpanEndDatesALeaving() throws IOException {
        // written for this test: a stint's years told beside the place left ("left Kestrel Robotics (2014–2024)",
        // "a quitté Kestrel Robotique (2014-2024)") date the leaving at the span's end, not at its start (nearer the verb)
        assertAllAt(inline("span-en.md", "Hana Ivers left Kestrel Robotics (2014–2024) to found Brindle AI."),
                "span-en.md", EventType.DEPARTURE, "Hana Ivers", "2024");
        assertAllAt(inline("span-fr.md", "Hana Ivers a quitté Kestrel Robotique (2014-2024) pour fonder Brindle IA."),
                "span-fr.md", EventType.DEPARTURE, "Hana Ivers", "2024");
    }

    @Test
    void aSpanAfterAPlaceLeftDatesAFormerPost() {
        // written for this test: "previously at X (2016-2021)" / "auparavant chez X (2016-2021)" tells the leaving and its
        // year; "a former engineer at X" with no span keeps no date
        assertAllAt(inline("former-span-en.md", "Oskar Dahl, previously at Statkraft (2016-2021), now runs research at Brindle AI."),
                "former-span-en.md", EventType.DEPARTURE, "Statkraft", "2021");
        assertAllAt(inline("former-span-fr.md", "Claire Morel, auparavant chez Statkraft (2016-2021), dirige la recherche de Brindle IA."),
                "former-span-fr.md", EventType.DEPARTURE, "Statkraft", "2021");
    }

    @Test
    void aTableOrAClosedDatedSectionEndsTheStorysYear() {
        // written for this test (published 2026-03-10): a month told without a year after a table of rounds, or under a
        // heading after a dated section, is the one before publication, not the year of the last row or section
        Extraction afterTable = inline("table-frame-en.md", """
                In 2019, Brindle AI opened a lab in Oslo.

                | Round | Year | Lead investor |
                |---|---|---|
                | Seed | 2020 | Nordwind Capital |
                | Series A | 2022 | Solberg Growth |

                Brindle AI acquired Skarv Robotics in February.""");
        assertThat(events(afterTable, EventType.ACQUISITION, "Skarv Robotics")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).as(e.toString()).isEqualTo(EventDate.of("2026-02")));
        Extraction afterSection = inline("section-frame-en.md", """
                ## Funding (2023)

                Brindle AI raised $40 million from Nordwind Capital.

                ## Deals

                Brindle AI acquired Skarv Robotics in February.""");
        assertThat(events(afterSection, EventType.ACQUISITION, "Skarv Robotics")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).as(e.toString()).isEqualTo(EventDate.of("2026-02")));
        Extraction afterTableFr = inline("table-frame-fr.md", """
                En 2019, Brindle IA a ouvert un labo à Oslo.

                | Tour | Année | Investisseur |
                |---|---|---|
                | Amorçage | 2020 | Nordwind Capital |
                | Série A | 2022 | Solberg Growth |

                Brindle IA a racheté Skarv Robotics en février.""");
        assertThat(events(afterTableFr, EventType.ACQUISITION, "Skarv Robotics")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).as(e.toString()).isEqualTo(EventDate.of("2026-02")));
    }

    @Test
    void aProductOutAtItsShippingDateNotItsUnveiling() {
        // written for this test (published 2026-03-10): "unveiled last October, began shipping in February" is out in
        // February, the one before publication, and "a commencé à être livrée en février" likewise
        assertAllAt(inline("shipping-en.md", "The Vega 4 board from Brindle AI, unveiled last October, began shipping in February."),
                "shipping-en.md", EventType.RELEASE, "Vega 4", "2026-02");
        assertAllAt(inline("shipping-fr.md", "La carte Vega 4 de Brindle IA, présentée en octobre dernier, a commencé à être livrée en février."),
                "shipping-fr.md", EventType.RELEASE, "Vega 4", "2026-02");
    }

    private static Extraction inline(String name, String sentence) {
        String text = "---\ntitle: Notes\ndate: 2026-03-10\n---\n\n" + sentence + "\n";
        Article article = new ArticleReader().read(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
        return extractor.extract(article);
    }
}
