package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Walking an article sentence by sentence: relative expressions follow the last date mentioned. */
class TimeContextTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 18);

    @Test
    void twoYearsLaterCountsFromTheYearOfThePreviousSentence() {
        // Given a paragraph that states a year, then a relative one
        List<List<TimeMention>> found = read("en", PUBLISHED,
                "In 2019 the lab released its first model.", "Two years later it shipped a second one.");

        // Then the relative expression lands two years after the stated year, not after publication
        assertThat(found.get(1)).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(EventDate.of("2021"));
            assertThat(m.relative()).isTrue();
            assertThat(m.text()).isEqualTo("Two years later");
        });
    }

    @Test
    void resolvedRelativeDatesBecomeTheNextAnchor() {
        // Given a chain of relative expressions
        List<List<TimeMention>> found = read("en", PUBLISHED,
                "In 2019 the lab opened.", "Two years later it grew.", "The following year it was sold.",
                "Last year it closed.");

        // Then each counts from the one before, except the publication-relative last one
        assertThat(found).extracting(ms -> ms.getFirst().date().value())
                .containsExactly("2019", "2021", "2022", "2024");
    }

    @Test
    void frenchChainFollowsTheSameRules() {
        List<List<TimeMention>> found = read("fr", PUBLISHED,
                "En novembre 2023, le conseil s'est réuni.", "Le mois suivant, le PDG est parti.",
                "Deux ans plus tard, la société a fermé.");

        assertThat(found).extracting(ms -> ms.getFirst().date().value())
                .containsExactly("2023-11", "2023-12", "2025");
    }

    @Test
    void anchorCarriesOverParagraphBreaksAndSentencesWithoutDates() {
        // Given a context that saw a year, then a paragraph break and a sentence without any date
        DateFinder finder = DateFinder.forLanguage("en");
        TimeContext context = new TimeContext(PUBLISHED);
        context.advance(finder.find("The startup was founded in 2017.", context));
        context.newParagraph();
        context.advance(finder.find("Its founders met at university.", context));

        // When a relative expression follows
        List<TimeMention> found = finder.find("That year, it raised a seed round.", context);

        // Then it still refers to the year stated before the break
        assertThat(context.paragraph()).isEqualTo(1);
        assertThat(context.lastExplicit()).isEqualTo(EventDate.of("2017"));
        assertThat(found).extracting(m -> m.date().value()).containsExactly("2017");
    }

    @Test
    void withoutAnyDateNarrativeExpressionsFallBackToThePublicationDate() {
        TimeContext context = new TimeContext(PUBLISHED);

        assertThat(context.lastExplicit()).isNull();
        assertThat(DateFinder.forLanguage("en").find("The following month, it launched.", context))
                .extracting(m -> m.date().value()).containsExactly("2025-07");
    }

    @Test
    void withoutPublicationDateOrEarlierDateRelativeExpressionsAreLeftOut() {
        TimeContext context = new TimeContext(null);

        assertThat(DateFinder.forLanguage("en").find("Two years later, last year, yesterday, in May.", context))
                .isEmpty();
        assertThat(DateFinder.forLanguage("fr").find("Deux ans plus tard, l'an dernier, hier, en mai.", context))
                .isEmpty();
    }

    @Test
    void findNeverChangesTheContext() {
        TimeContext context = new TimeContext(PUBLISHED);

        DateFinder.forLanguage("en").find("In 2019 the lab opened.", context);

        assertThat(context.lastExplicit()).isNull();
    }

    @Test
    void aYearCountedFromThePublicationPlacesNoLaterMonth() {
        // written for this test: "last year" is the year before publication (10 June 2026), whatever the story told
        // before; a month told after it is placed by the publication date and the tense, as after "last September"
        List<List<TimeMention>> en = story("en", LocalDate.of(2026, 6, 10), "By 2024, the lab had four teams.",
                "Last year, it partnered with a grocer.", "In January, it raised a round.", "The next robot will ship in September.");
        assertThat(en).extracting(ms -> ms.getFirst().date().value())
                .containsExactly("2024", "2025", "2026-01", "2026-09");
        assertThat(en.get(1).getFirst().fromPublication()).isTrue();
        assertThat(en.get(2).getFirst().fromPublication()).isFalse();
        List<List<TimeMention>> fr = story("fr", LocalDate.of(2026, 4, 15), "L'an dernier, la société a signé un accord.",
                "En février, elle a levé des fonds.", "Sa puce sortira en novembre.");
        assertThat(fr).extracting(ms -> ms.getFirst().date().value()).containsExactly("2025", "2026-02", "2026-11");
    }

    /** Reads sentences in order as the extractor does (each advancing the context with its text). */
    private static List<List<TimeMention>> story(String lang, LocalDate published, String... sentences) {
        return read(lang, published, true, sentences);
    }

    @Test
    void aMonthPlacedByItsOwnSentencesYearFramesTheNextSentences() {
        // Given a first sentence that tells a year and then a month, and a next one with a month alone
        List<List<TimeMention>> found = read("en", LocalDate.of(2026, 10, 12), true,
                "In 2025, Orbit released Vega 3 in May.", "In September, Graywick sued Orbit.");

        // Then the September is the one of the story's year, not the one before publication
        assertThat(found.get(1)).singleElement().satisfies(m -> assertThat(m.date()).isEqualTo(EventDate.of("2025-09")));
    }

    @Test
    void aDatedListItemFramesItsNextSentenceToo() {
        List<List<TimeMention>> found = read("en", LocalDate.of(2026, 10, 12), true,
                "In 2024 Orbit signed a deal that began in 2022.",
                "2025 — Vega 4 was postponed in January, then launched in May.", "In September, Graywick sued Orbit.");

        assertThat(found.get(2)).singleElement().satisfies(m -> assertThat(m.date()).isEqualTo(EventDate.of("2025-09")));
    }

    @Test
    void aMonthTheTenseMovedOffTheStorysYearFramesNoLaterMonth() {
        // published 5 June 2026, a story in 2026: a plan told in the past ("devait sortir en septembre", "was due in
        // September") is at the September nearest to publication (2026, a plan the story says was put off), and
        // "lancera le 15 juin" is the coming 15 June
        List<List<TimeMention>> fr = read("fr", LocalDate.of(2026, 6, 5), true,
                "Le rachat de Solvane avait été évoqué dès le premier trimestre 2026.",
                "Le modèle Orbe 3 devait initialement sortir en septembre.", "Enfin, Veltrix lancera le 15 juin Orbe Pro.");
        assertThat(fr.get(1)).singleElement().satisfies(m -> assertThat(m.date().value()).isEqualTo("2026-09"));
        assertThat(fr.get(2)).singleElement().satisfies(m -> assertThat(m.date().value()).isEqualTo("2026-06-15"));
        List<List<TimeMention>> en = read("en", LocalDate.of(2026, 6, 5), true,
                "Solvane opened a lab in Porto in March 2026.", "Its first model was due in September.",
                "Veltrix will ship Orbe Pro on 15 June.");
        assertThat(en.get(1)).singleElement().satisfies(m -> assertThat(m.date().value()).isEqualTo("2026-09"));
        assertThat(en.get(2)).singleElement().satisfies(m -> assertThat(m.date().value()).isEqualTo("2026-06-15"));
    }

    private static List<List<TimeMention>> read(String lang, LocalDate published, String... sentences) {
        return read(lang, published, false, sentences);
    }

    /** Reads sentences in order, each advancing the context with its mentions (and, {@code withText}, its text). */
    private static List<List<TimeMention>> read(String lang, LocalDate published, boolean withText, String... sentences) {
        DateFinder finder = DateFinder.forLanguage(lang);
        TimeContext context = new TimeContext(published);
        List<List<TimeMention>> out = new ArrayList<>();
        for (String s : sentences) {
            List<TimeMention> found = finder.find(s, context);
            if (withText) context.advance(found, s);
            else context.advance(found);
            out.add(found);
        }
        return out;
    }

    @Test
    void aNewListItemEndsTheTimeADateToldInPassingInTheItemBeforeSet() {
        // "- Ruth Ellery ... which took Veltrix to court in June 2024." then "- Tobias Lund ... Signed on in January"
        assertThat(framingInTheNextItem("She handled the dispute with Solvane, which took Veltrix to court in June 2024."))
                .isFalse();
    }

    @Test
    void aNewListItemKeepsTheTimeAnItemOpenedByItsDateSet() {
        // "- In 2025, Veltrix opened an office." then "- In March, it released Brisel 2": a chronology's entries
        assertThat(framingInTheNextItem("In 2025, Veltrix opened an office in Lyon.")).isTrue();
    }

    /** Whether the date a list item's one sentence tells still frames the story when the next item begins. */
    private static boolean framingInTheNextItem(String item) {
        DateFinder finder = DateFinder.forLanguage("en");
        TimeContext context = new TimeContext(PUBLISHED);
        context.newItem();
        EventDate before = context.lastExplicit();
        context.advance(finder.find(item, context), item);
        context.readInItem(before);
        context.newItem();
        return context.framing();
    }
}
