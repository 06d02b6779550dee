package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Moves the page tells by its structure, in short pages of ours: a table whose columns say where people went or came
 * from ({@link ColumnEvents}), and a career list under a line naming its person, whose items open with the years
 * ({@link TenureItems}).
 */
class CareerPagesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 1);

    private static final String TABLE_EN = """
            # Who moved this winter

            The hiring season was busy at Velora Robotics, Quintic Labs and Brasswell Systems.

            | Name | Left | Joined | Date |
            | --- | --- | --- | --- |
            | Tomas Berg | Velora Robotics | Brasswell Systems | January 2026 |
            | Aiko Mori | Brasswell Systems | Velora Robotics | February 2026 |
            """;
    private static final String TABLE_FR = """
            # Les transferts de l'hiver

            La saison des recrutements a été agitée chez Velora Robotics, Quintic Labs et Brasswell Systems.

            | Nom | Départ | Arrivée | Date |
            | --- | --- | --- | --- |
            | Tomas Berg | Velora Robotics | Brasswell Systems | janvier 2026 |
            | Aiko Mori | Brasswell Systems | Velora Robotics | février 2026 |
            """;
    private static final String BIO_EN = """
            # Three profiles

            The lab's new leaders come from all over the industry.

            **Rafael Okafor** (head of robotics, Quintic Labs)

            - 2012–2017: software engineer at Brasswell Systems
            - 2017–2022: robotics lead at Velora Robotics
            - 2022–present: head of robotics at Quintic Labs
            """;
    private static final String BIO_FR = """
            # Trois portraits

            Les nouveaux dirigeants du laboratoire viennent de toute l'industrie.

            **Rafael Okafor** (directeur de la robotique, Quintic Labs)

            - 2012-2017 : ingénieur logiciel chez Brasswell Systems
            - Ancien de Velora Robotics (2017-2022)
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|TABLE|Tomas Berg|Velora Robotics|Brasswell Systems|2026-01",
            "en|TABLE|Aiko Mori|Brasswell Systems|Velora Robotics|2026-02",
            "fr|TABLE|Tomas Berg|Velora Robotics|Brasswell Systems|2026-01",
            "fr|TABLE|Aiko Mori|Brasswell Systems|Velora Robotics|2026-02",
            "en|BIO|Rafael Okafor|Brasswell Systems|Velora Robotics|2017",
            "en|BIO|Rafael Okafor|Velora Robotics|Quintic Labs|2022",
            "fr|BIO|Rafael Okafor|Brasswell Systems|Velora Robotics|2017"})
    void thePageStructureTellsTheMove(String lang, String page, String person, String from, String to, String date) {
        String text = switch (page + "-" + lang) {
            case "TABLE-en" -> TABLE_EN;
            case "TABLE-fr" -> TABLE_FR;
            case "BIO-en" -> BIO_EN;
            default -> BIO_FR;
        };
        Extraction x = SharedExtractor.extract(text, lang, PUBLISHED);
        assertThat(x.moves()).as("moves of " + x.events()).anyMatch(m -> key(m.person().name()).equals(key(person))
                && m.from() != null && key(m.from().name()).equals(key(from)) && m.to() != null
                && key(m.to().name()).equals(key(to)) && m.date() != null && m.date().value().equals(date));
    }

    /** A timeline's items tell what happened: years opening an item with a verb are no tenure of anyone's. */
    @org.junit.jupiter.api.Test
    void aTimelineItemIsNoTenure() {
        String text = """
                # Velora Robotics at a glance

                **Rafael Okafor** (chief executive, Velora Robotics)

                - 2019–2021: Velora Robotics raised two rounds from Brasswell Systems.
                - 2022–2024: Velora Robotics opened offices in Lyon and Turin.
                """;
        Extraction x = SharedExtractor.extract(text, "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString()).noneMatch(e -> (e.type() == EventType.JOIN || e.type() == EventType.DEPARTURE)
                && e.participants().stream().anyMatch(p -> p.entity().name().equals("Rafael Okafor")));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
