package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list under a heading that names releases states the release of each model or product its items open with
 * (texts of ours, through the whole extraction with the real CoreNLP models); a list under another heading does not.
 */
class HeadingItemsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 7);

    @Test
    void itemsUnderAHeadingOfReleasesAreReleased() {
        Extraction x = SharedExtractor.extract("""
                Nvidia a tenu sa conférence annuelle le 6 octobre 2025 à San José.

                ### Principales annonces et sorties :
                - **GPT-5 Pro** : une version plus puissante pour les entreprises, facturée à l'usage.
                - **Sol Studio** : un nouvel outil pour composer des agents, avec un éditeur visuel.
                """, "fr", PUBLISHED);
        assertThat(released(x)).as(x.entities() + " " + x.events()).contains("GPT-5 Pro");
        // dated by the story: the conference the page told of before the heading
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.RELEASE).allSatisfy(e ->
                assertThat(e.date() == null ? null : e.date().value()).isEqualTo("2025-10-06"));
    }

    @Test
    void itemsUnderAnotherHeadingAreNot() {
        Extraction x = SharedExtractor.extract("""
                Nvidia a tenu sa conférence annuelle le 6 octobre 2025 à San José.

                ### Modèles comparés :
                - **GPT-5 Pro** : en tête du classement pour le code, devant ses rivaux.
                - **Sol Studio** : un outil pour composer des agents, avec un éditeur visuel.
                """, "fr", PUBLISHED);
        assertThat(released(x)).as(x.events().toString()).doesNotContain("GPT-5 Pro");
    }

    @Test
    void englishReleasesHeadingToo() {
        Extraction x = SharedExtractor.extract("""
                Nvidia held its annual conference on October 6, 2025 in San Jose.

                ### Key launches
                - **GPT-5 Pro**: a stronger version for companies, billed by use.
                """, "en", PUBLISHED);
        assertThat(released(x)).as(x.entities() + " " + x.events()).contains("GPT-5 Pro");
    }

    @Test
    void itemsFollowTheLatestHeadingWhateverStandsBetween() {
        // a heading is read only when an item under it needs it: the one the items stand under, not an earlier one
        Extraction underComparison = SharedExtractor.extract("""
                Nvidia held its annual conference on October 6, 2025 in San Jose.

                ### Key launches

                The keynote ran for two hours and covered the whole product line.

                ### Models compared
                - **GPT-5 Pro**: ahead of its rivals on the coding ranking.
                """, "en", PUBLISHED);
        assertThat(released(underComparison)).as(underComparison.events().toString()).doesNotContain("GPT-5 Pro");
        Extraction underLaunches = SharedExtractor.extract("""
                Nvidia held its annual conference on October 6, 2025 in San Jose.

                ### Models compared

                The keynote ran for two hours and covered the whole product line.

                ### Key launches
                - **GPT-5 Pro**: a stronger version for companies, billed by use.
                """, "en", PUBLISHED);
        assertThat(released(underLaunches)).as(underLaunches.entities() + " " + underLaunches.events()).contains("GPT-5 Pro");
    }

    private static List<String> released(Extraction x) {
        return x.events().stream().filter(e -> e.type() == EventType.RELEASE)
                .flatMap(e -> e.participants().stream()).map(p -> p.entity().name()).toList();
    }
    @Test
    void aFoundingLabelUnderACompanysHeadingFoundsIt() {
        // "## Veltrix" over "- **Fondation** : 2015": the founding of the company the heading names, at the item's year
        Extraction fr = SharedExtractor.extract("""
                La start-up lyonnaise Veltrix a levé 12 millions d'euros auprès de Partech. Sa rivale nantaise, la société Solvane, vend ses agents aux banques.

                ## Veltrix
                - **Fondation** : 2015
                - **Siège** : Lyon

                ## Solvane
                - **Création** : 2019
                """, "fr", PUBLISHED);
        assertThat(founded(fr)).as(fr.entities() + " " + fr.events()).contains("Veltrix@2015", "Solvane@2019");
        Extraction en = SharedExtractor.extract("""
                The Lyon startup Veltrix raised 12 million euros from Partech. Its rival, the Nantes company Solvane, sells agents to banks.

                ## Veltrix
                - **Founded**: 2015
                - **Headquarters**: Lyon
                """, "en", PUBLISHED);
        assertThat(founded(en)).as(en.entities() + " " + en.events()).contains("Veltrix@2015");
    }

    @Test
    void aFoundingLabelUnderAHeadingOfNoCompanyFoundsNothing() {
        Extraction x = SharedExtractor.extract("""
                La start-up lyonnaise Veltrix a levé 12 millions d'euros auprès de Partech.

                ## Repères
                - **Fondation** : 2015
                """, "fr", PUBLISHED);
        assertThat(founded(x)).as(x.events().toString()).isEmpty();
    }

    private static List<String> founded(Extraction x) {
        return x.events().stream().filter(e -> e.type() == EventType.FOUNDING)
                .map(e -> e.participants().get(e.participants().size() - 1).entity().name() + "@" + (e.date() == null ? null : e.date().value()))
                .toList();
    }
}
