package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How training chooses the event detector's thresholds, on synthetic held-out F1 figures (3 splits of 5 folds): the
 * common threshold is half the rules' F1, the detector as a whole or a type takes another (or none) only by a margin
 * over the fold noise, and the choice is written to and read from the model file.
 */
class EventThresholdsTest {
    private static final int K = 5;
    /** Each fold's events F1 with the rules alone. */
    private static final double[] RULES = {0.76, 0.81, 0.74, 0.79, 0.78, 0.77, 0.80, 0.75, 0.79, 0.78, 0.76, 0.79, 0.77, 0.80, 0.78};

    private static double[] plus(double... delta) {
        double[] out = RULES.clone();
        for (int i = 0; i < out.length; i++) out[i] += delta[i % delta.length];
        return out;
    }

    /** Held-out F1 where each type the detector adds at a threshold brings the fold gains {@code gains} gives it. */
    private static Function<EventDetectorTrainer.Thresholds, double[]> folds(Map<EventType, Function<Double, double[]>> gains) {
        return folds(RULES, gains);
    }

    /** The same, over these rules' figures. */
    private static Function<EventDetectorTrainer.Thresholds, double[]> folds(double[] rules, Map<EventType, Function<Double, double[]>> gains) {
        return t -> {
            double[] out = rules.clone();
            gains.forEach((type, gain) -> {
                double at = t.of(type);
                if (at >= EventDetector.OFF) return;
                double[] g = gain.apply(at);
                for (int i = 0; i < out.length; i++) out[i] += g[i % g.length];
            });
            return out;
        };
    }

    /** Half the rules' mean held-out F1 (0.778, so 0.389) on the 0.05 grid: the threshold above which an added event raises the expected F1. */
    private static final double DERIVED = ThresholdChoice.halfF1OnGrid(ThresholdChoice.mean(RULES), EventDetectorTrainer.GRID_STEP);

    @Test
    void theCommonThresholdIsHalfTheRulesF1AndATypeTakesItsOwnOnlyOnASteadyGain() {
        // departures: a steady gain at 0.6 and above, a small noisy one below; funding: large gains and losses by fold
        Map<EventType, Function<Double, double[]>> gains = Map.of(
                EventType.DEPARTURE, at -> at >= 0.6 ? new double[] {0.012, 0.010, 0.014} : new double[] {0.004, -0.006},
                EventType.FUNDING, at -> at < 0.5 ? new double[] {0.05, -0.06, 0.04, -0.05} : new double[] {0.06, -0.05, 0.05, -0.06});
        EventDetectorTrainer.ThresholdSelection s = EventDetectorTrainer.choose(folds(gains),
                EnumSet.of(EventType.DEPARTURE, EventType.FUNDING), K);
        assertThat(DERIVED).isEqualTo(0.40);
        assertThat(s.common()).isEqualTo(DERIVED);
        assertThat(s.fromF1()).isCloseTo(ThresholdChoice.mean(RULES), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.commonTrials().chosen()).isNull();
        assertThat(s.chosen()).containsOnlyKeys(EventType.DEPARTURE);
        assertThat(s.chosen().get(EventType.DEPARTURE)).isBetween(0.6, 0.9);
        assertThat(s.byType().get(EventType.FUNDING).chosen()).isNull();
        // types the detector has no weights for are not tried
        assertThat(s.byType()).containsOnlyKeys(EventType.DEPARTURE, EventType.FUNDING);
    }

    @Test
    void rulesThatMoveTheirF1WithinTheFoldNoiseLeaveTheThresholdWhereItIs() {
        // the rules' F1 0.778 and 0.782 (half 0.389 and 0.391, to a thousandth two thresholds): one threshold on the grid
        Map<EventType, Function<Double, double[]>> gains = Map.of(EventType.RELEASE, at -> new double[] {0.002, -0.001, 0.001});
        double[] better = plus(0.004);
        EventDetectorTrainer.ThresholdSelection a = EventDetectorTrainer.choose(folds(gains), EnumSet.of(EventType.RELEASE), K);
        EventDetectorTrainer.ThresholdSelection b = EventDetectorTrainer.choose(folds(better, gains), EnumSet.of(EventType.RELEASE), K);
        assertThat(ThresholdChoice.halfF1(a.fromF1())).isNotEqualTo(ThresholdChoice.halfF1(b.fromF1()));
        assertThat(a.common()).isEqualTo(0.40);
        assertThat(b.common()).isEqualTo(0.40);
        // the standard error of the rules' F1 over one split's folds is reported beside it
        assertThat(a.fromF1Error()).isCloseTo(ThresholdChoice.standardError(RULES, K), org.assertj.core.data.Offset.offset(1e-12));
        // the grid neighbours, two steps either side, were tried and none cleared the margin
        assertThat(a.gridTrials().trials()).extracting(ThresholdChoice.Trial::threshold).containsExactly(0.30, 0.35, 0.45, 0.50);
        assertThat(a.gridTrials().chosen()).isNull();
    }

    @Test
    void aGridNeighbourTakesOverOnlyOnASteadyGain() {
        // releases added at 0.30 bring a steady 0.012 to every fold; at 0.35 a noisy gain of the same mean
        Map<EventType, Function<Double, double[]>> steady = Map.of(EventType.RELEASE, at -> at <= 0.30 ? new double[] {0.012, 0.010, 0.014} : new double[] {0.0});
        Map<EventType, Function<Double, double[]>> noisy = Map.of(EventType.RELEASE, at -> at <= 0.35 ? new double[] {0.07, -0.01, -0.01, -0.01, 0.02} : new double[] {0.0});
        EventDetectorTrainer.ThresholdSelection s = EventDetectorTrainer.choose(folds(steady), EnumSet.of(EventType.RELEASE), K);
        assertThat(s.gridTrials().chosen()).isEqualTo(0.30);
        assertThat(s.common()).isEqualTo(0.30);
        EventDetectorTrainer.ThresholdSelection n = EventDetectorTrainer.choose(folds(noisy), EnumSet.of(EventType.RELEASE), K);
        assertThat(n.gridTrials().chosen()).isNull();
        assertThat(n.common()).isEqualTo(DERIVED);
    }

    @Test
    void aTypeThatSteadilyLosesIsLeftToTheRules() {
        Map<EventType, Function<Double, double[]>> gains = Map.of(
                EventType.RELEASE, at -> new double[] {0.03, 0.025},
                EventType.LEGAL, at -> at < 0.9 ? new double[] {-0.02, -0.015} : new double[] {-0.01});
        EventDetectorTrainer.ThresholdSelection s = EventDetectorTrainer.choose(folds(gains), EnumSet.of(EventType.RELEASE, EventType.LEGAL), K);
        assertThat(s.common()).isEqualTo(DERIVED);
        assertThat(s.chosen()).containsExactly(Map.entry(EventType.LEGAL, EventDetector.OFF));
    }

    @Test
    void aDetectorThatSteadilyLosesAddsNothing() {
        Map<EventType, Function<Double, double[]>> gains = Map.of(EventType.RELEASE, at -> new double[] {-0.02, -0.012, -0.016});
        EventDetectorTrainer.ThresholdSelection s = EventDetectorTrainer.choose(folds(gains), EnumSet.of(EventType.RELEASE), K);
        assertThat(s.commonTrials().chosen()).isEqualTo(EventDetector.OFF);
        assertThat(s.common()).isEqualTo(EventDetector.OFF);
        assertThat(s.chosen()).isEmpty();
    }

    @Test
    void theChosenThresholdsAreWrittenWithTheModelAndReadBack(@TempDir Path dir) {
        EventDetector d = new EventDetector(Map.of(EventType.DEPARTURE, Map.of("bias", 0.0), EventType.LEGAL, Map.of("bias", 1.0)),
                List.of("test"), EventDetector.OFF, Map.of(EventType.DEPARTURE, 0.6, EventType.LEGAL, EventDetector.OFF));
        d.write(dir);
        EventDetector read = EventDetector.load(dir);
        assertThat(read.threshold()).isEqualTo(EventDetector.OFF);
        assertThat(read.threshold(EventType.DEPARTURE)).isEqualTo(0.6);
        assertThat(read.threshold(EventType.LEGAL)).isEqualTo(EventDetector.OFF);
        assertThat(read.threshold(EventType.FUNDING)).isEqualTo(EventDetector.OFF);
        assertThat(read.typeThresholds()).containsOnlyKeys(EventType.DEPARTURE);
        assertThat(read.header()).containsExactly("test");
    }

    @Test
    void aTypeTurnedOffAddsNoEventHoweverSureTheDetectorIs() {
        // LEGAL weighs 5 on every sentence (p = 0.99) and no rule reads one here: off, it adds nothing; at 0.5 it adds one
        Map<EventType, Map<String, Double>> weights = Map.of(EventType.LEGAL, Map.of("bias", 5.0));
        String sentence = "Orka Systems and Veltrix Labs share an office in Oslo.";
        EventDetector off = new EventDetector(weights, List.of(), 0.5, Map.of(EventType.LEGAL, EventDetector.OFF));
        EventDetector on = new EventDetector(weights, List.of(), 0.5);
        Set<EventType> offTypes = EnumSet.noneOf(EventType.class);
        Set<EventType> onTypes = EnumSet.noneOf(EventType.class);
        org.chronograph.source.Article article = SharedExtractor.article(sentence, "en", java.time.LocalDate.of(2025, 9, 1), "Example");
        Extraction a = new Extractor(List.of(), TypingModel.bundled(), off).extract(article);
        Extraction b = new Extractor(List.of(), TypingModel.bundled(), on).extract(article);
        a.events().forEach(e -> offTypes.add(e.type()));
        b.events().forEach(e -> onTypes.add(e.type()));
        assertThat(offTypes).doesNotContain(EventType.LEGAL);
        assertThat(onTypes).contains(EventType.LEGAL);
    }

    /** A language's held-out F1 by factor: {@code base} in every fold (9 folds of 3 splits hold its articles), plus the gain. */
    private static double[] language(double base, double... gain) {
        double[] out = new double[9];
        for (int i = 0; i < out.length; i++) out[i] = base + (i % 3 - 1) * 0.05 + gain[i % gain.length];
        return out;
    }

    @Test
    void aLanguagesFactorReplacesOneOnlyOnASteadyGainOnItsArticles() {
        // French articles: at 0.5 the detector adds events that are more often right, a steady gain; at 0.25 a larger
        // mean gain but a noisy one (two folds win much, the others lose); at 0.75 the same as 1 (nothing added)
        Map<Double, double[]> fr = new java.util.LinkedHashMap<>();
        fr.put(1.0, language(0.70, 0.0));
        fr.put(0.75, language(0.70, 0.0));
        fr.put(0.5, language(0.70, 0.012, 0.010, 0.014));
        fr.put(0.25, language(0.70, 0.12, -0.02, -0.02, 0.10, -0.03, -0.02));
        EventDetectorTrainer.LanguageFactor f = EventDetectorTrainer.chooseFactor(fr, K);
        assertThat(f.chosen()).isEqualTo(0.5);
        assertThat(f.folds()).isEqualTo(9);
        // the table lists the factors from 1 down with their mean F1; the best mean is printed even when it is noise
        assertThat(f.meanF1().keySet()).containsExactly(1.0, 0.75, 0.5, 0.25);
        assertThat(f.best()).isEqualTo(0.25);
        assertThat(f.trials().trials()).extracting(ThresholdChoice.Trial::threshold).containsExactly(0.75, 0.5, 0.25);
        assertThat(f.trials().trials()).extracting(ThresholdChoice.Trial::kept).containsExactly(false, true, false);
        // English: no factor gains by the margin, ties go to the factor nearer 1: it stays 1
        Map<Double, double[]> en = new java.util.LinkedHashMap<>();
        en.put(0.5, language(0.80, -0.004, 0.002, 0.0));
        en.put(0.75, language(0.80, 0.0));
        en.put(1.0, language(0.80, 0.0));
        EventDetectorTrainer.LanguageFactor e = EventDetectorTrainer.chooseFactor(en, K);
        assertThat(e.chosen()).isEqualTo(1.0);
        assertThat(e.best()).isEqualTo(1.0);
    }

    @Test
    void crossValidationMultipliesALanguagesThresholdsAsExtractionDoes() {
        // extract/fr/detector.tsv holds French's factor; English has none (1)
        EventDetector d = new EventDetector(Map.of(EventType.DEPARTURE, Map.of("bias", 0.0)), List.of("test"), 0.4,
                Map.of(EventType.LEGAL, EventDetector.OFF));
        double fr = EventDetector.languageFactor("fr");
        assertThat(fr).isEqualTo(0.5);
        assertThat(EventDetector.languageFactor("en")).isEqualTo(1.0);
        EventDetectorTrainer.Thresholds t = new EventDetectorTrainer.Thresholds(0.4, Map.of(EventType.LEGAL, EventDetector.OFF))
                .withFactor("fr", fr).withFactor("en", EventDetector.languageFactor("en"));
        assertThat(t.of(EventType.DEPARTURE, "fr")).isEqualTo(d.threshold("fr", EventType.DEPARTURE)).isEqualTo(0.2);
        assertThat(t.of(EventType.DEPARTURE, "en")).isEqualTo(d.threshold("en", EventType.DEPARTURE)).isEqualTo(0.4);
        // off stays off in every language; a language with no factor keeps the type's threshold
        assertThat(t.of(EventType.LEGAL, "fr")).isEqualTo(EventDetector.OFF);
        assertThat(t.of(EventType.DEPARTURE, "de")).isEqualTo(0.4);
    }
}
