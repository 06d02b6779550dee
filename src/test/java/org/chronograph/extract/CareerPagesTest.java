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

    private static final String STAFF_EN = """
            # Who's who at Corvane Labs

            Corvane Labs builds coding agents. Corvane Labs raised 30 million dollars in 2024.

            - **Mara Quist**, product director (Dropbox, 2018–2022; Figma, 2022–2025)
            - **Omar Hale**, who ran security at Stripe until 2024
            """;
    private static final String STAFF_FR = """
            # Qui fait quoi chez Corvane Labs

            Corvane Labs conçoit des agents de code. Corvane Labs a levé 30 millions d'euros en 2024.

            - **Marc Quintin**, responsable de l'infrastructure (OVHcloud, 2016-2021 ; Scaleway, 2021-2025)
            """;

    /**
     * A staff list's item gives the stints of the person it opens with ("(Dropbox, 2018–2022; Figma, 2022–2025)"); the
     * last one, left at a date, led to the page's company. A post held "until 2024" was left then.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Mara Quist|Dropbox|Figma|2022",
            "en|Mara Quist|Figma|Corvane Labs|2025",
            "en|Omar Hale|Stripe|Corvane Labs|2024",
            "fr|Marc Quintin|OVHcloud|Scaleway|2021",
            "fr|Marc Quintin|Scaleway|Corvane Labs|2025"})
    void aStaffItemListsStints(String lang, String person, String from, String to, String date) {
        Extraction x = SharedExtractor.extract(lang.equals("en") ? STAFF_EN : STAFF_FR, lang, PUBLISHED);
        assertThat(x.moves()).as("moves of " + x.events()).anyMatch(m -> key(m.person().name()).equals(key(person))
                && m.from() != null && key(m.from().name()).equals(key(from)) && m.to() != null
                && key(m.to().name()).equals(key(to)) && m.date() != null && m.date().value().equals(date));
    }

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

    private static final String PROFILE_EN = """
            # Nadia Ferreira, robotics researcher

            Nadia Ferreira builds learning systems for warehouse robots.

            ## Career

            - 2013–2017: engineer at Brasswell Systems, where she wrote the motion planner
            - 2017–2022: perception lead at Velora Robotics, which she helped grow to sixty people
            - 2022–present: head of research at Quintic Labs, where she started a grasping team
            """;
    private static final String PROFILE_FR = """
            # Nadia Ferreira, chercheuse en robotique

            Nadia Ferreira conçoit des systèmes d'apprentissage pour les robots d'entrepôt.

            ## Parcours

            - Chez Brasswell Systems (2013-2017), elle a écrit le planificateur de trajectoires.
            - 2017-2022 : responsable de la perception chez Velora Robotics, où elle a monté une équipe de vingt personnes
            """;

    /** A profile's career items told with verbs are tenures of the person the title names, with no label line. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Brasswell Systems|Velora Robotics|2017",
            "en|Velora Robotics|Quintic Labs|2022",
            "fr|Brasswell Systems|Velora Robotics|2017"})
    void aProfileItemWithAVerbIsATenure(String lang, String from, String to, String date) {
        Extraction x = SharedExtractor.extract(lang.equals("en") ? PROFILE_EN : PROFILE_FR, lang, PUBLISHED,
                lang.equals("en") ? "Nadia Ferreira, robotics researcher" : "Nadia Ferreira, chercheuse en robotique");
        assertThat(x.moves()).as("moves of " + x.events()).anyMatch(m -> key(m.person().name()).equals("nadia ferreira")
                && m.from() != null && key(m.from().name()).equals(key(from)) && m.to() != null
                && key(m.to().name()).equals(key(to)) && m.date() != null && m.date().value().equals(date));
    }

    /**
     * A company's timeline names a person too, but its items' verbs have other subjects ("Zeta raised"), or name
     * someone else: no tenure of the page's person, whether or not the title names them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Zeta Dynamics at a glance", "fr|Zeta Dynamics en bref",
            "en|Paul Martin and Zeta Dynamics", "fr|Paul Martin et Zeta Dynamics"})
    void aCompanyTimelineItemIsNoTenureOfItsPerson(String lang, String title) {
        String text = "# " + title + "\n" + (lang.equals("en") ? """

                Zeta Dynamics, led by Paul Martin, sells inspection drones to utilities.

                - 2019–2021: Zeta Dynamics raised two rounds from Brasswell Systems.
                - 2021–2023: Quintic Labs supplied the sensors of Zeta Dynamics.
                - 2022: Zeta Dynamics hired Paul Martin.
                """ : """

                Zeta Dynamics, dirigée par Paul Martin, vend des drones d'inspection aux réseaux électriques.

                - 2019-2021 : Zeta Dynamics lève deux tours auprès de Brasswell Systems.
                - 2021-2023 : Quintic Labs fournit les capteurs de Zeta Dynamics.
                - 2022 : Zeta Dynamics recrute Paul Martin.
                """);
        Extraction x = SharedExtractor.extract(text, lang, PUBLISHED, title);
        assertThat(x.events()).as(x.events().toString()).noneMatch(e -> (e.type() == EventType.JOIN || e.type() == EventType.DEPARTURE)
                && e.date() != null && (e.date().value().equals("2019") || e.date().value().equals("2021") || e.date().value().equals("2023")));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
