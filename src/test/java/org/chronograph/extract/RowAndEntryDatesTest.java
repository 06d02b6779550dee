package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates the page's structure gives an event told without one, in short pages of ours: a table row's cell that is a
 * date alone dates the row's other cells ({@link PageDates}), unless its column names an event of its own ("Founded");
 * a row's leaving takes the date of its joining's column ({@link ColumnEvents}); a list item opened by a date alone is
 * a chronology's entry, whose joins and new posts are at that date too.
 */
class RowAndEntryDatesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 9, 14);

    private static final String TIMELINE_EN = """
            # Quintic Labs in brief

            Quintic Labs builds vision models for farms.

            | Year | Event |
            | --- | --- |
            | 2022 | Quintic Labs raised $40 million in a round led by Brasswell Capital |
            | 2025 | Quintic Labs cut 30 jobs at its Leeds office |
            """;
    private static final String TIMELINE_FR = """
            # Quintic Labs en bref

            Quintic Labs conçoit des modèles de vision pour l'agriculture.

            | Année | Événement |
            | --- | --- |
            | 2022 | Quintic Labs a levé 40 millions d'euros auprès de Brasswell Capital |
            | 2025 | Quintic Labs a supprimé 30 postes à Lyon |
            """;
    private static final String FOUNDED_EN = """
            # Farm vision start-ups

            | Company | Founded | Funding |
            | --- | --- | --- |
            | Quintic Labs | 2019 | Quintic Labs raised $40 million from Brasswell Capital |
            """;
    private static final String FOUNDED_FR = """
            # Les start-up de la vision agricole

            | Entreprise | Fondée | Financement |
            | --- | --- | --- |
            | Quintic Labs | 2019 | Quintic Labs a levé 40 millions d'euros auprès de Brasswell Capital |
            """;
    private static final String HIRES_EN = """
            # Who joined Velora Robotics

            Velora Robotics hired two engineers this autumn.

            | Name | Role | Came from | Joined |
            | --- | --- | --- | --- |
            | Tomas Berg | Engineer | Hugging Face | October 2025 |
            | Aiko Mori | Designer | Mistral AI | November 2025 |
            """;
    private static final String HIRES_FR = """
            # Les recrues de Velora Robotics

            Velora Robotics a recruté deux ingénieurs cet automne.

            | Nom | Poste | Ancien employeur | Arrivée |
            | --- | --- | --- | --- |
            | Tomas Berg | Ingénieur | Hugging Face | octobre 2025 |
            | Aiko Mori | Designer | Mistral AI | novembre 2025 |
            """;
    private static final String ENTRIES_EN = """
            # Velora Robotics: the year at the top

            Velora Robotics makes robot arms for warehouses.

            - **February 2025** — Velora Robotics released its Atlas Grip arm.
            - **June 2025** — The board of Velora Robotics appointed Aiko Mori as chief operating officer.
            """;
    private static final String ENTRIES_FR = """
            # Velora Robotics : l'année au sommet

            Velora Robotics fabrique des bras robotisés pour les entrepôts.

            - **Février 2025** — Velora Robotics a lancé son bras Atlas Grip.
            - **Juin 2025** — Le conseil de Velora Robotics a nommé Aiko Mori directrice des opérations.
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|TIMELINE|FUNDING|Quintic Labs|2022",
            "en|TIMELINE|RESTRUCTURING|Quintic Labs|2025",
            "fr|TIMELINE|FUNDING|Quintic Labs|2022",
            "fr|TIMELINE|RESTRUCTURING|Quintic Labs|2025",
            "en|HIRES|DEPARTURE|Hugging Face|2025-10",
            "fr|HIRES|DEPARTURE|Mistral AI|2025-11",
            "en|HIRES|DEPARTURE|Mistral AI|2025-11",
            "en|ENTRIES|APPOINTMENT|Aiko Mori|2025-06",
            "fr|ENTRIES|APPOINTMENT|Aiko Mori|2025-06"})
    void theStructureDatesTheEvent(String lang, String page, EventType type, String participant, String date) {
        Extraction x = SharedExtractor.extract(page(page, lang), lang, PUBLISHED);
        assertThat(x.events()).as(x.events().toString()).anyMatch(e -> e.type() == type && names(participant).test(e)
                && e.date() != null && e.date().value().equals(date));
    }

    /** A date under a column naming an event of its own ("Founded") is that event's, not the row's other facts'. */
    @ParameterizedTest
    @CsvSource({"en", "fr"})
    void aFoundingColumnDoesNotDateTheFunding(String lang) {
        Extraction x = SharedExtractor.extract(page("FOUNDED", lang), lang, PUBLISHED);
        assertThat(x.events()).as(x.events().toString()).anyMatch(e -> e.type() == EventType.FUNDING);
        assertThat(x.events()).as(x.events().toString()).noneMatch(e -> e.type() == EventType.FUNDING && e.date() != null);
    }

    private static Predicate<Event> names(String participant) {
        return e -> e.participants().stream().anyMatch(p -> p.entity().name().equals(participant));
    }

    private static String page(String page, String lang) {
        boolean en = lang.equals("en");
        return switch (page) {
            case "TIMELINE" -> en ? TIMELINE_EN : TIMELINE_FR;
            case "FOUNDED" -> en ? FOUNDED_EN : FOUNDED_FR;
            case "HIRES" -> en ? HIRES_EN : HIRES_FR;
            default -> en ? ENTRIES_EN : ENTRIES_FR;
        };
    }
}
