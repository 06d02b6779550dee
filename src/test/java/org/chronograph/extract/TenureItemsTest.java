package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.util.Set;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A career list item that opens with an organization and its years states a join and a departure of the person the
 * page is about ({@link TenureItems}; profiles of ours, in English and French, through the whole extraction).
 */
class TenureItemsTest {
    private static final String EN = """
            Helen Marchetti is one of the best-known figures of European AI. Here are the steps of her career.

            - **Google Brain (2012-2016)**: research engineer, she worked on neural machine translation.
            - **Criteo (2016-2019)**: promoted to research director in 2017, she led a team of 40 researchers.
            - **Marc Olivier (2019-2021)**: her co-founder at Verdane AI.
            """;
    private static final String FR = """
            Hélène Marchetti est l'une des figures les plus connues de l'IA européenne. Voici les étapes de son parcours.

            - **Google Brain (2012-2016)** : ingénieure de recherche, elle a travaillé sur la traduction automatique.
            - **Criteo (2016-2019)** : promue directrice de la recherche en 2017, elle a dirigé une équipe de 40 chercheurs.
            """;

    @Test
    void anEnglishTenureItemIsAJoinAndADepartureOfTheProfiledPerson() {
        Extraction x = extract("Who is Helen Marchetti?", EN, "en");
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> is(e, EventType.JOIN, "2012", "Helen Marchetti", "Google Brain"))
                .anyMatch(e -> is(e, EventType.DEPARTURE, "2016", "Helen Marchetti", "Google Brain"))
                .anyMatch(e -> is(e, EventType.JOIN, "2016", "Helen Marchetti", "Criteo"))
                .anyMatch(e -> is(e, EventType.DEPARTURE, "2019", "Helen Marchetti", "Criteo"))
                // an item that opens with a person is no tenure of the profiled one
                .noneMatch(e -> names(e).contains("Marc Olivier") && e.type() == EventType.JOIN);
    }

    @Test
    void aFrenchTenureItemIsAJoinAndADepartureOfTheProfiledPerson() {
        Extraction x = extract("Qui est Hélène Marchetti ?", FR, "fr");
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> is(e, EventType.JOIN, "2012", "Hélène Marchetti", "Google Brain"))
                .anyMatch(e -> is(e, EventType.DEPARTURE, "2016", "Hélène Marchetti", "Google Brain"))
                .anyMatch(e -> is(e, EventType.DEPARTURE, "2019", "Hélène Marchetti", "Criteo"));
    }

    @Test
    void aTenureInRunningTextIsNoListItem() {
        Extraction x = extract("Who is Helen Marchetti?", "Helen Marchetti is a researcher. Google Brain (2012-2016) was her first employer.", "en");
        assertThat(x.events()).as(x.events().toString()).noneMatch(e -> e.type() == EventType.JOIN && e.date() != null);
    }

    private static boolean is(Event e, EventType type, String date, String person, String org) {
        return e.type() == type && e.date() != null && e.date().value().equals(date) && names(e).equals(Set.of(person, org));
    }

    @Test
    void anItemWithNoPlaceAndYearsIsNotParsedToAskWhoActedInIt() {
        // whether someone else acted in an item (a subject in the parse) is asked only of an item that tells a tenure
        Extraction x = extract("Who is Helen Marchetti?", """
                Helen Marchetti gave talks on robots.

                - Spoke at the Zeta Robotics fair about warehouse robots.
                """, "en");
        assertThat(x.events()).isEmpty();
        assertThat(x.work().parsedSentences()).as(x.work().toString()).isZero();
    }

    private static Extraction extract(String title, String text, String lang) {
        String markdown = "---\ntitle: " + title + "\ndate: 2025-09-10\nlang: " + lang + "\n---\n\n" + text + "\n";
        Article article = new ArticleReader().read("profile-" + lang + ".md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
        return SharedExtractor.get().extract(article);
    }
}
