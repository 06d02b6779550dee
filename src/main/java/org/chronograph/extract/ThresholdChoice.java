package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chooses a decision threshold from cross-validated F1 so that noise does not flip it: a candidate threshold replaces
 * the one in use only when it beats it, on the same held-out folds, by a real margin: its mean gain over the folds
 * (of several fold splits) must reach {@link #MIN_GAIN} and {@link #STANDARD_ERRORS} standard errors of the
 * fold-to-fold differences. Among the candidates that do, the largest gain wins (the first listed on a tie). Pure: the
 * F1 figures come from the caller.
 */
public final class ThresholdChoice {
    /** The smallest mean gain of held-out F1 a threshold must bring to replace the one in use. */
    public static final double MIN_GAIN = 0.005;
    /** How many standard errors of the fold differences the mean gain must also reach. */
    public static final double STANDARD_ERRORS = 2.0;

    private ThresholdChoice() {
    }

    /**
     * One candidate threshold against the one in use.
     *
     * @param gain   the mean over folds of (its F1 minus the F1 in use)
     * @param margin what the gain had to reach: {@link #MIN_GAIN} or {@link #STANDARD_ERRORS} standard errors
     * @param kept   whether it cleared the margin
     */
    public record Trial(double threshold, double gain, double margin, boolean kept) {
    }

    /** The threshold chosen ({@code null}: keep the one in use) and each candidate's figures, in the order given. */
    public record Result(Double chosen, List<Trial> trials) {
        public Result {
            trials = List.copyOf(trials);
        }
    }

    /**
     * @param inUse          held-out F1 of each fold (of all splits, in one order) with the threshold in use
     * @param candidates     the same folds' F1 with each candidate threshold (iteration order kept for ties)
     * @param foldsPerSplit  folds in one split: the standard error counts only one split's folds as independent
     *                       (the splits reuse the same articles)
     */
    static Result choose(double[] inUse, Map<Double, double[]> candidates, int foldsPerSplit) {
        if (foldsPerSplit < 2) throw new IllegalArgumentException("need at least 2 folds per split");
        List<Trial> trials = new ArrayList<>();
        Double chosen = null;
        double bestGain = 0;
        for (Map.Entry<Double, double[]> c : candidates.entrySet()) {
            double[] f1 = c.getValue();
            if (f1.length != inUse.length) throw new IllegalArgumentException("candidate " + c.getKey() + " has " + f1.length + " folds, not " + inUse.length);
            double[] diff = new double[f1.length];
            for (int i = 0; i < f1.length; i++) diff[i] = f1[i] - inUse[i];
            double gain = mean(diff);
            double margin = Math.max(MIN_GAIN, STANDARD_ERRORS * sd(diff) / Math.sqrt(foldsPerSplit));
            boolean kept = gain >= margin;
            trials.add(new Trial(c.getKey(), gain, margin, kept));
            if (kept && (chosen == null || gain > bestGain)) {
                chosen = c.getKey();
                bestGain = gain;
            }
        }
        return new Result(chosen, trials);
    }

    /**
     * The threshold on a calibrated probability that maximizes expected F1 is half the F1 it reaches (Lipton, Elkan and
     * Naryanaswamy, "Thresholding classifiers to maximize F1", 2014): emitting a guess sure at p adds p expected true
     * positives against one prediction. This is that threshold for an F1 measured on held-out folds, to a thousandth.
     */
    public static double halfF1(double f1) {
        if (!(f1 >= 0 && f1 <= 1)) throw new IllegalArgumentException("F1 out of [0, 1]: " + f1);
        return Math.round(f1 * 500) / 1000.0;
    }

    /**
     * Half the F1 ({@link #halfF1}) on a grid of this step: the grid point nearest to it (a half-way value goes up),
     * to a thousandth. A threshold given finer than the folds can measure moves with every small change of the F1 it
     * is derived from; on a grid it moves only when the F1 moves by about a step's worth (twice the step).
     */
    public static double halfF1OnGrid(double f1, double step) {
        if (!(f1 >= 0 && f1 <= 1)) throw new IllegalArgumentException("F1 out of [0, 1]: " + f1);
        if (!(step > 0 && step <= 0.5)) throw new IllegalArgumentException("grid step out of (0, 0.5]: " + step);
        // to a millionth first, so that 0.85 / 2 / 0.05 (8.499999...) is the half-way value it stands for
        double cells = Math.round(f1 / 2 / step * 1e6) / 1e6;
        return Math.round(Math.floor(cells + 0.5) * step * 1000) / 1000.0;
    }

    /**
     * The standard error of a mean held-out F1 from its folds: the folds' standard deviation over the square root of
     * the folds in one split (the splits reuse the same articles, so only one split's folds count as independent).
     */
    public static double standardError(double[] foldF1, int foldsPerSplit) {
        if (foldsPerSplit < 2) throw new IllegalArgumentException("need at least 2 folds per split");
        return sd(foldF1) / Math.sqrt(foldsPerSplit);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return x.length == 0 ? 0 : s / x.length;
    }

    /** The sample standard deviation (0 for fewer than two values). */
    static double sd(double[] x) {
        if (x.length < 2) return 0;
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return Math.sqrt(s / (x.length - 1));
    }
}
