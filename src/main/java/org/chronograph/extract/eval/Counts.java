package org.chronograph.extract.eval;

/**
 * Matches, gold items and predicted items of one part, with precision, recall and F1 computed as score.py
 * does (0 when a denominator is 0).
 *
 * @param tp   matched pairs
 * @param gold gold items
 * @param pred predicted items
 */
public record Counts(int tp, int gold, int pred) {
    /** No items. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    public double precision() {
        return pred != 0 ? (double) tp / pred : 0.0;
    }

    public double recall() {
        return gold != 0 ? (double) tp / gold : 0.0;
    }

    /** The harmonic mean, written as score.py writes it so that the floating-point result is the same. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** The sum of two counts. */
    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, gold + other.gold, pred + other.pred);
    }
}
