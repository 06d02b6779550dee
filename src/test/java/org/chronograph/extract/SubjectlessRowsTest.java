package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table row naming no subject ("| mars 2023 | Amorçage | 4 M€ | Fonds Brume |") under a header naming a funding
 * states a funding of the company the article is about, with the row's investors, dated by its date column
 * ({@link ColumnEvents}). Pages of ours.
 */
class SubjectlessRowsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 9, 14);

    private static final String EN = """
            # Veltrix Audio at five

            Veltrix Audio, a start-up based in Leeds, was founded in 2021 by Mara Quill. The company builds speech models.

            ## Funding

            | Date | Round | Amount | Investors |
            | --- | --- | --- | --- |
            | March 2023 | Seed | $4M | Brasswell Capital |
            | June 2025 | Series A | $30M | Solvane Partners |
            """;
    private static final String FR = """
            # Veltrix Audio a cinq ans

            Veltrix Audio conçoit des modèles de parole pour les centres d'appels lyonnais.

            ## Financement

            | Date | Tour | Montant | Investisseurs |
            | --- | --- | --- | --- |
            | mars 2023 | Amorçage | 4 M€ | Brasswell Capital |
            | juin 2025 | Série A | 30 M€ | Solvane Partners |
            """;

    @ParameterizedTest
    @CsvSource({"en,Brasswell Capital,2023-03", "en,Solvane Partners,2025-06",
            "fr,Brasswell Capital,2023-03", "fr,Solvane Partners,2025-06"})
    void aRowNamingNoSubjectIsAFundingOfTheCompanyInFocus(String lang, String investor, String date) {
        Extraction x = SharedExtractor.extract(lang.equals("en") ? EN : FR, lang, PUBLISHED);
        assertThat(x.events()).as(x.events().toString()).anyMatch(e -> e.type() == EventType.FUNDING
                && e.participants().stream().anyMatch(p -> p.entity().name().equals("Veltrix Audio"))
                && e.participants().stream().anyMatch(p -> p.entity().name().equals(investor))
                && e.date() != null && e.date().value().equals(date));
    }
}
