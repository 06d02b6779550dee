package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The per-type threshold choice: kept in use unless another beats it by a real margin over the folds. */
class ThresholdChoiceTest {

    /** 3 splits of 5 folds: each fold's held-out F1 with the threshold in use. */
    private static final double[] IN_USE = {0.81, 0.84, 0.79, 0.86, 0.80, 0.82, 0.83, 0.80, 0.85, 0.81, 0.84, 0.80, 0.82, 0.83, 0.81};

    private static double[] plus(double[] base, double... delta) {
        double[] out = base.clone();
        for (int i = 0; i < out.length; i++) out[i] += delta[i % delta.length];
        return out;
    }

    @Test
    void aGainOfAFewCandidatesDoesNotMoveTheThreshold() {
        // the arg-max of two retrains flips between 0.45 and 0.40 on differences of 0.001-0.0015: the choice stays put
        Map<Double, double[]> one = new LinkedHashMap<>();
        one.put(0.40, plus(IN_USE, 0.001));
        one.put(0.45, plus(IN_USE, 0.0015));
        Map<Double, double[]> two = new LinkedHashMap<>();
        two.put(0.40, plus(IN_USE, 0.0015));
        two.put(0.45, plus(IN_USE, 0.0010));
        ThresholdChoice.Result a = ThresholdChoice.choose(IN_USE, one, 5);
        ThresholdChoice.Result b = ThresholdChoice.choose(IN_USE, two, 5);
        assertThat(a.chosen()).isNull();
        assertThat(b.chosen()).isNull();
        assertThat(a.trials().get(0).gain()).isCloseTo(0.001, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.trials().get(1).gain()).isCloseTo(0.0015, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(a.trials()).allSatisfy(t -> assertThat(t.margin()).isCloseTo(ThresholdChoice.MIN_GAIN, org.assertj.core.data.Offset.offset(1e-12)));
    }

    @Test
    void aSteadyGainAboveTheMinimumMovesIt() {
        Map<Double, double[]> c = new LinkedHashMap<>();
        c.put(0.40, plus(IN_USE, 0.004, 0.008, 0.006));
        c.put(0.45, plus(IN_USE, 0.012, 0.010, 0.014));
        c.put(0.50, plus(IN_USE, 0.002));
        ThresholdChoice.Result r = ThresholdChoice.choose(IN_USE, c, 5);
        assertThat(r.chosen()).isEqualTo(0.45);
        assertThat(r.trials()).extracting(ThresholdChoice.Trial::kept).containsExactly(true, true, false);
    }

    @Test
    void aGainThatComesFromAFewFoldsIsNoise() {
        // mean gain 0.01, but +0.06 on one fold in five and -0.0025 elsewhere: two standard errors are above 0.01
        double[] spread = IntStream.range(0, IN_USE.length).mapToDouble(i -> IN_USE[i] + (i % 5 == 0 ? 0.06 : -0.0025)).toArray();
        ThresholdChoice.Result r = ThresholdChoice.choose(IN_USE, Map.of(0.40, spread), 5);
        assertThat(r.trials().get(0).gain()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.trials().get(0).margin()).isGreaterThan(0.01);
        assertThat(r.chosen()).isNull();
        // the same mean gain, steady over the folds, clears it
        assertThat(ThresholdChoice.choose(IN_USE, Map.of(0.40, plus(IN_USE, 0.01)), 5).chosen()).isEqualTo(0.40);
    }

    @Test
    void aLossIsNeverChosenAndTiesGoToTheFirst() {
        Map<Double, double[]> c = new LinkedHashMap<>();
        c.put(0.40, plus(IN_USE, -0.02));
        c.put(0.45, plus(IN_USE, 0.02));
        c.put(0.50, plus(IN_USE, 0.02));
        assertThat(ThresholdChoice.choose(IN_USE, c, 5).chosen()).isEqualTo(0.45);
        assertThat(ThresholdChoice.choose(IN_USE, Map.of(0.40, plus(IN_USE, -0.02)), 5).chosen()).isNull();
        assertThatThrownBy(() -> ThresholdChoice.choose(IN_USE, Map.of(0.40, new double[3]), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommonThresholdIsHalfTheF1ToAThousandth() {
        assertThat(ThresholdChoice.halfF1(0.832)).isEqualTo(0.416);
        assertThat(ThresholdChoice.halfF1(0.8271)).isEqualTo(0.414);
        // a retrain whose F1 moves by 0.004 moves the threshold by 0.002, not by a step of the grid
        assertThat(ThresholdChoice.halfF1(0.836) - ThresholdChoice.halfF1(0.832)).isCloseTo(0.002, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> ThresholdChoice.halfF1(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void halfTheF1OnAGridMovesOnlyWhenTheF1MovesByAboutTwoSteps() {
        // the event detector's rules F1 of sessions 25 and 26: 0.810 gave 0.405 and 0.814 gave 0.407; on the 0.05 grid both are 0.40
        assertThat(ThresholdChoice.halfF1OnGrid(0.810, 0.05)).isEqualTo(0.40);
        assertThat(ThresholdChoice.halfF1OnGrid(0.814, 0.05)).isEqualTo(0.40);
        assertThat(ThresholdChoice.halfF1OnGrid(0.8109, 0.05)).isEqualTo(0.40);
        // the cell of 0.40 holds every F1 from 0.75 (half-way goes up) to under 0.85
        assertThat(ThresholdChoice.halfF1OnGrid(0.75, 0.05)).isEqualTo(0.40);
        assertThat(ThresholdChoice.halfF1OnGrid(0.7499, 0.05)).isEqualTo(0.35);
        assertThat(ThresholdChoice.halfF1OnGrid(0.8499, 0.05)).isEqualTo(0.40);
        assertThat(ThresholdChoice.halfF1OnGrid(0.85, 0.05)).isEqualTo(0.45);
        // a step of a thousandth of the threshold is the old rounding
        assertThat(ThresholdChoice.halfF1OnGrid(0.8271, 0.001)).isEqualTo(ThresholdChoice.halfF1(0.8271));
        assertThatThrownBy(() -> ThresholdChoice.halfF1OnGrid(1.2, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThresholdChoice.halfF1OnGrid(0.8, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardErrorCountsOneSplitsFoldsAsIndependent() {
        // 15 folds of 3 splits alternating 0.78 and 0.82: sd 0.0207, over the root of 5 folds 0.0093
        double[] f1 = IntStream.range(0, 15).mapToDouble(i -> i % 2 == 0 ? 0.78 : 0.82).toArray();
        assertThat(ThresholdChoice.standardError(f1, 5)).isCloseTo(ThresholdChoice.sd(f1) / Math.sqrt(5), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ThresholdChoice.standardError(f1, 5)).isCloseTo(0.00925, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(ThresholdChoice.standardError(new double[] {0.8, 0.8, 0.8}, 3)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> ThresholdChoice.standardError(f1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void foldSplitsKeepStoriesTogetherAndDifferBySeed() {
        List<String> stories = IntStream.range(0, 23).mapToObj(i -> String.format("story-%02d", i)).toList();
        Map<String, Integer> first = TypingTrainer.foldByStory(stories, 5, 0);
        assertThat(first).isEqualTo(TypingTrainer.foldByStory(stories, 5));
        Map<String, Integer> second = TypingTrainer.foldByStory(stories, 5, 1);
        assertThat(second).isEqualTo(TypingTrainer.foldByStory(stories, 5, 1));
        assertThat(second).isNotEqualTo(first).containsOnlyKeys(stories);
        // every fold holds 4 or 5 of the 23 stories in each split
        for (Map<String, Integer> split : List.of(first, second)) {
            for (int f = 0; f < 5; f++) {
                int fold = f;
                assertThat(split.values().stream().filter(v -> v == fold).count()).isBetween(4L, 5L);
            }
        }
    }
}
