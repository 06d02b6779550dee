package org.chronograph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorer on small gold and prediction files written for these tests ({@code src/test/resources/eval}); each
 * gold document exercises one rule of score.py, and the expected counts were worked out by hand.
 */
class ScorerTest {
    private static Evaluation evaluation;

    @BeforeAll
    static void score() {
        evaluation = Scorer.evaluate(GoldSet.load(Fixtures.gold(), null), Predictions.load(Fixtures.predictions()));
    }

    private static DocumentScore doc(String file) {
        return evaluation.documents().stream().filter(d -> d.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void aliasesOnEitherSideMakeNamesMeet() {
        // Given gold "Meta" (alias "Meta Platforms") and "Fundamental AI Research"; predicted "Meta Platforms"
        // and "FAIR" (alias "Fundamental AI Research"), plus "LeCun", "Meta" again and "Open AI"
        DocumentScore d = doc("aliases-en.md");

        // Then both alias routes match, and the second "Meta" is a false positive (one to one)
        assertThat(d.parts().get(Part.ENTITIES)).isEqualTo(new Counts(3, 5, 6));
        assertThat(d.types().get("Company")).isEqualTo(new Counts(1, 2, 3));
        assertThat(d.types().get("Person")).isEqualTo(new Counts(0, 1, 1));
        // And event participants named by other surface forms still overlap
        assertThat(d.parts().get(Part.EVENTS)).isEqualTo(new Counts(2, 2, 2));
        assertThat(d.dates()).isEqualTo(new DateCounts(1, 0, 1, 0, 0));
    }

    @Test
    void modelAndProductCountAsOneTypeOnlyWhenLenient() {
        DocumentScore d = doc("types-en.md");

        assertThat(d.parts().get(Part.ENTITIES)).isEqualTo(new Counts(1, 5, 5));
        assertThat(d.parts().get(Part.ENTITIES_LENIENT)).isEqualTo(new Counts(3, 5, 5));
        assertThat(d.parts().get(Part.ENTITIES_UNTYPED)).isEqualTo(new Counts(5, 5, 5));
        assertThat(d.types()).containsExactly(
                Map.entry("Person", new Counts(1, 1, 1)), Map.entry("Company", new Counts(0, 2, 0)),
                Map.entry("Organization", new Counts(0, 0, 1)), Map.entry("Model", new Counts(0, 1, 1)),
                Map.entry("Product", new Counts(0, 1, 1)));
    }

    @Test
    void eventsOfDifferentTypesNeverMatch() {
        assertThat(doc("types-en.md").parts().get(Part.EVENTS)).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void greedyMatchingTakesTheLargestOverlapFirstThenTheEarliestPair() {
        // Given two gold JOINs of Ana Costa (2023 with Helios Labs, 2021 alone) and predictions in the other order,
        // and a gold FOUNDING of 2020 for which two predictions tie (2019 first, 2020 second)
        DocumentScore d = doc("greedy-en.md");

        // Then each JOIN meets the prediction with its own date, and the tie goes to the earlier (wrong) one
        assertThat(d.parts().get(Part.EVENTS)).isEqualTo(new Counts(3, 4, 5));
        assertThat(d.dates()).isEqualTo(new DateCounts(3, 2, 2, 1, 0));
        assertThat(d.parts().get(Part.TIMELINE)).isEqualTo(new Counts(2, 4, 5));
    }

    @Test
    void greedyOrdersByScoreThenGoldThenPredictionIndex() {
        int[][] score = {{1, 2}, {1, 1}};

        List<Greedy.Pair> pairs = Greedy.match(2, 2, (i, j) -> score[i][j]);

        assertThat(pairs).containsExactly(new Greedy.Pair(0, 1), new Greedy.Pair(1, 0));
        assertThat(Greedy.match(2, 1, (i, j) -> 0)).isEmpty();
    }

    @Test
    void eventDatesCountStrictValuesAndYears() {
        // Given gold dates 2024-02 START, 2024-Q2, 2024 (a number), null, 2025-01-10 and {} against predicted
        // 2024-02, 2024-06, "2024", 2022, null and 2023
        DocumentScore d = doc("dates-fr.md");

        // Then four matched events have a gold date: two exact values, three right years;
        // the two without a gold date count on the timeline whatever was predicted
        assertThat(d.parts().get(Part.EVENTS)).isEqualTo(new Counts(6, 6, 6));
        assertThat(d.dates()).isEqualTo(new DateCounts(4, 2, 3, 0, 0));
        assertThat(d.parts().get(Part.TIMELINE)).isEqualTo(new Counts(5, 6, 6));
    }

    @Test
    void movesNeedThePersonAndTheDestinationOrTheOriginWhenGoldHasNoDestination() {
        DocumentScore d = doc("moves-fr.md");

        // Lample to Mistral (alias), Lacroix to Mistral AI (preferred over his gold move with no "to"),
        // Lample from FAIR (gold "to" null, prediction has one); not Wolf (gold has neither end)
        assertThat(d.parts().get(Part.MOVES)).isEqualTo(new Counts(3, 5, 5));
        assertThat(d.dates()).isEqualTo(new DateCounts(0, 0, 0, 2, 1));
        assertThat(d.parts().get(Part.EVENTS)).as("no events key in the prediction").isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void accentsCaseAndLeadingArticlesAreIgnored() {
        DocumentScore d = doc("accents-fr.md");

        assertThat(d.parts().get(Part.ENTITIES)).isEqualTo(new Counts(7, 10, 10));
        assertThat(d.types().get("Company")).isEqualTo(new Counts(6, 7, 7));
        assertThat(d.types().get("Organization")).as("a name with no word character matches nothing").isEqualTo(new Counts(1, 2, 2));
        assertThat(d.types().get("Product")).as("La La Land loses one article only").isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void aGoldDocumentWithoutPredictionCountsAllItsItemsAsMissed() {
        DocumentScore d = doc("missing-en.md");

        assertThat(d.missing()).isTrue();
        assertThat(d.parts().get(Part.ENTITIES)).isEqualTo(new Counts(0, 2, 0));
        assertThat(d.parts().get(Part.EVENTS)).isEqualTo(new Counts(0, 1, 0));
        assertThat(d.parts().get(Part.MOVES)).isEqualTo(new Counts(0, 1, 0));
        assertThat(evaluation.overall().missing()).containsExactly("missing-en.md");
    }

    @Test
    void totalsAddTheDocumentsAndLanguagesSplitThem() {
        Score all = evaluation.overall();

        assertThat(all.documents()).isEqualTo(7);
        assertThat(all.part(Part.ENTITIES)).isEqualTo(new Counts(25, 37, 36));
        assertThat(all.part(Part.EVENTS)).isEqualTo(new Counts(11, 14, 14));
        assertThat(all.part(Part.TIMELINE)).isEqualTo(new Counts(9, 14, 14));
        assertThat(all.part(Part.MOVES)).isEqualTo(new Counts(4, 7, 6));
        assertThat(all.dates()).isEqualTo(new DateCounts(8, 4, 6, 3, 1));
        assertThat(evaluation.languages()).containsOnlyKeys("en", "fr");
        assertThat(evaluation.languages().get("en").documents()).isEqualTo(4);
        assertThat(evaluation.languages().get("fr").part(Part.ENTITIES))
                .isEqualTo(doc("dates-fr.md").parts().get(Part.ENTITIES)
                        .plus(doc("moves-fr.md").parts().get(Part.ENTITIES))
                        .plus(doc("accents-fr.md").parts().get(Part.ENTITIES)));
    }

    @Test
    void precisionRecallAndF1AreZeroRatherThanUndefined() {
        assertThat(new Counts(0, 0, 0).f1()).isZero();
        assertThat(new Counts(0, 3, 0).precision()).isZero();
        assertThat(new Counts(2, 4, 2).f1()).isEqualTo(2 * 1.0 * 0.5 / 1.5);
        assertThat(DateCounts.ZERO.eventYearAccuracy()).isNull();
    }

    @Test
    void predictionsPairOnTheBaseNameOfDocumentFileAndTheLastOneWins() {
        Map<String, JsonNode> preds = Predictions.load(Fixtures.predictions());

        assertThat(preds).containsKeys("types-en.md", "stray-en.md").doesNotContainKey("corpus/dev/types-en.md");
        assertThat(preds.get("aliases-en.md").get("entities")).as("the second line for aliases-en.md").hasSize(6);
    }

    @Test
    void roundingIsPythonsRound() {
        assertThat(ScoreJson.round3(2.0 / 3)).isEqualTo(0.667);
        assertThat(ScoreJson.round3(0.0005)).as("0.0005 is slightly above the tie in binary").isEqualTo(0.001);
        assertThat(ScoreJson.round3(0.0625)).as("an exact tie rounds to even").isEqualTo(0.062);
    }
}
