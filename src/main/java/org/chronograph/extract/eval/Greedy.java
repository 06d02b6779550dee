package org.chronograph.extract.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * One-to-one matching of gold items to predicted items, best score first, ties broken by gold index then
 * predicted index (score.py's {@code greedy}); a score of 0 means no match.
 */
final class Greedy {
    /** A matched pair of indexes. */
    record Pair(int gold, int pred) {
    }

    private record Scored(int score, int gold, int pred) {
    }

    private Greedy() {
    }

    static List<Pair> match(int golds, int preds, IntBinaryOperator score) {
        List<Scored> pairs = new ArrayList<>();
        for (int i = 0; i < golds; i++) {
            for (int j = 0; j < preds; j++) {
                int s = score.applyAsInt(i, j);
                if (s > 0) {
                    pairs.add(new Scored(s, i, j));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparingInt(Scored::gold).thenComparingInt(Scored::pred));
        boolean[] usedGold = new boolean[golds];
        boolean[] usedPred = new boolean[preds];
        List<Pair> out = new ArrayList<>();
        for (Scored p : pairs) {
            if (!usedGold[p.gold()] && !usedPred[p.pred()]) {
                usedGold[p.gold()] = true;
                usedPred[p.pred()] = true;
                out.add(new Pair(p.gold(), p.pred()));
            }
        }
        return out;
    }
}
