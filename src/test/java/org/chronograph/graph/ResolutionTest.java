package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chronograph.extract.EntityType;
import org.junit.jupiter.api.Test;

/** Entity resolution of a run in memory: what each article resolves to, and the rows the run writes. */
class ResolutionTest {
    private static ArticleFacts facts(Extractions article) {
        return new ArticleFacts(article.build());
    }

    @Test
    void anArticleFindsTheEntityThatAnEarlierArticleOfTheRunCreated() {
        Resolution run = Resolution.knowing(Map.of());

        Resolution.Resolved first = run.resolve(facts(Extractions.article("a", "en").entity("Nimbus Labs", EntityType.Company, "Nimbus")));
        Resolution.Resolved second = run.resolve(facts(Extractions.article("b", "en").entity("Nimbus", EntityType.Company)));

        assertThat(first.entities()).containsEntry("nimbus-labs", "nimbus-labs");
        assertThat(second.entities()).containsEntry("nimbus", "nimbus-labs");
        assertThat(first.claims()).containsExactly("nimbus-labs", "nimbus");
        assertThat(second.claims()).containsExactly("nimbus-labs", "nimbus");
        assertThat(run.claimRows()).containsExactly(
                Map.of("key", "nimbus-labs", "entity", "nimbus-labs", "name", "Nimbus Labs", "created", true, "articles", 2L),
                Map.of("key", "nimbus", "entity", "nimbus-labs", "name", "Nimbus", "created", true, "articles", 2L));
        assertThat(run.entityRows()).singleElement().satisfies(row -> assertThat(row).containsEntry("key", "nimbus-labs"));
        assertThat(run.renamed()).containsExactly("nimbus-labs");
    }

    @Test
    void lookupKeysAreTriedInOrderAndAKeyAnotherEntityHoldsStaysWithIt() {
        Resolution run = Resolution.knowing(Map.of("helix", "helix-institute", "helix-institute", "helix-institute",
                "helix-robotics", "helix-robotics"));

        Resolution.Resolved resolved = run.resolve(facts(Extractions.article("a", "en")
                .entity("Helix Robotics", EntityType.Company, "Helix")
                .entity("Helix Labs", EntityType.Company, "Helix")));

        assertThat(resolved.entities()).containsEntry("helix-robotics", "helix-robotics")
                .containsEntry("helix-labs", "helix-institute");
        assertThat(resolved.claims()).containsExactly("helix-robotics", "helix-institute", "helix-labs");
        assertThat(run.claimRows()).extracting(row -> row.get("key") + " -> " + row.get("entity") + " " + row.get("created"))
                .containsExactly("helix-robotics -> helix-robotics false", "helix-institute -> helix-institute false",
                        "helix-labs -> helix-institute true");
        assertThat(run.renamed()).containsExactly("helix-institute");
    }

    @Test
    void anEntityIsCreatedWithItsFirstTypeAndTakesTheMostConfidentOneTiesGoingToTheTypeFirstInNameOrder() {
        Resolution run = Resolution.knowing(Map.of());

        run.resolve(facts(Extractions.article("a", "en").entity("Orion", EntityType.Product, 0.6)));
        run.resolve(facts(Extractions.article("b", "en").entity("Orion", EntityType.Model, 0.9)));
        run.resolve(facts(Extractions.article("c", "en").entity("Orion", EntityType.Company, 0.9)));

        assertThat(run.entityRows()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("type", "Product").containsEntry("confidence", 0.6)
                .containsEntry("bestType", "Company").containsEntry("bestConfidence", 0.9));
    }

    @Test
    void aRunWithoutNewAliasesRenamesNothing() {
        Resolution run = Resolution.knowing(Map.of("vela-systems", "vela-systems"));

        run.resolve(facts(Extractions.article("a", "en").entity("Vela Systems", EntityType.Company)));

        assertThat(run.renamed()).isEmpty();
        assertThat(run.claimRows()).extracting(row -> row.get("articles")).containsExactly(1L);
        assertThat(List.copyOf(run.entityRows())).hasSize(1);
    }
}
