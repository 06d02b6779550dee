package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the learned typer's answer for a candidate is already settled before the parse of some of its sentences:
 * the model is linear, so what those parses could add (a head's part of speech, one governor and its relation, any
 * dependents and appositions, all among the words of the sentence, whose lemmas are known before the parse) moves
 * each label's score within bounds computed from the weights; when no score in those bounds changes the label, the
 * label is the one the full features would give, and those sentences need no parse for typing. The bounds assume a
 * basic dependency tree (one governor per word), as extraction reads. Immutable, thread-safe.
 */
final class TypingBounds {
    /** Margin kept from every decision boundary, far above the rounding of summing weights in another order. */
    private static final double EPS = 1e-9;

    private final List<String> labels;
    private final int none;
    private final double noneThreshold;
    private final List<Integer> typesInOrder;
    private final Map<String, double[]> pos = new HashMap<>();
    /** Over every relation: the most and least one {@code rel=} feature adds to label a's score over label b's. */
    private final double[][] relUp;
    private final double[][] relLow;
    private final Map<String, List<double[]>> governorByLemma = new HashMap<>();
    private final Map<String, List<double[]>> anyByLemma = new HashMap<>();

    /**
     * @param weights       the model's weights by feature and label
     * @param labels        the labels, in the order of the scores given to {@link #settled}
     * @param noneThreshold the model's probability of no entity at which it drops a candidate
     */
    TypingBounds(Map<String, Map<String, Double>> weights, List<String> labels, double noneThreshold) {
        this.labels = List.copyOf(labels);
        this.none = labels.indexOf(TypingModel.NO_ENTITY);
        this.noneThreshold = noneThreshold;
        // the typer picks the likeliest type in label order, the first of equals
        List<Integer> order = new ArrayList<>();
        for (String l : new TreeSet<>(labels)) {
            if (!l.equals(TypingModel.NO_ENTITY)) order.add(labels.indexOf(l));
        }
        this.typesInOrder = List.copyOf(order);
        int n = labels.size();
        relUp = new double[n][n];
        relLow = new double[n][n];
        weights.forEach((feature, byLabel) -> {
            double[] v = new double[n];
            byLabel.forEach((label, w) -> {
                int i = labels.indexOf(label);
                if (i >= 0) v[i] = w;
            });
            if (feature.startsWith("pos=")) {
                pos.put(feature.substring(4), v);
            } else if (feature.startsWith("rel=")) {
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        relUp[a][b] = Math.max(relUp[a][b], v[a] - v[b]);
                        relLow[a][b] = Math.min(relLow[a][b], v[a] - v[b]);
                    }
                }
            } else if (feature.startsWith("governor=")) {
                index(governorByLemma, feature.substring("governor=".length()), v);
            } else if (feature.startsWith("dependent=")) {
                index(anyByLemma, feature.substring("dependent=".length()), v);
            } else if (feature.startsWith("appos=")) {
                anyByLemma.computeIfAbsent(feature.substring("appos=".length()), k -> new ArrayList<>()).add(v);
            }
        });
    }

    /** "nmod:poss:openai" under every lemma it can end with after a colon ("poss:openai", "openai"): relations have colons too. */
    private static void index(Map<String, List<double[]>> byLemma, String relationAndLemma, double[] v) {
        for (int i = relationAndLemma.indexOf(':'); i >= 0; i = relationAndLemma.indexOf(':', i + 1)) {
            byLemma.computeIfAbsent(relationAndLemma.substring(i + 1), k -> new ArrayList<>()).add(v);
        }
    }

    /**
     * The label that {@code scores} (the scores of the features known now, in label order) plus anything the parses
     * of {@code unparsed} could add gives in every case; {@code null} when the parses could change it.
     */
    String settled(double[] scores, List<TypingFeatures.Unparsed> unparsed) {
        int n = labels.size();
        double[][] up = new double[n][n];
        double[][] low = new double[n][n];
        Set<double[]> any = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TypingFeatures.Unparsed m : unparsed) {
            // one head, so one part of speech among the mention's words' (none where a word has no tag)
            if (m.headTags() != null) {
                List<double[]> options = new ArrayList<>();
                for (String t : m.headTags()) {
                    double[] v = t == null ? null : pos.get(t);
                    if (v != null) options.add(v);
                }
                oneOf(options, up, low);
            }
            // one governor: one relation, one governor word; any number of dependents and appositions
            add(relUp, relLow, up, low);
            List<double[]> governors = new ArrayList<>();
            for (String lemma : m.lemmasAround()) {
                governors.addAll(governorByLemma.getOrDefault(lemma, List.of()));
                any.addAll(anyByLemma.getOrDefault(lemma, List.of()));
            }
            oneOf(governors, up, low);
        }
        for (double[] v : any) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double d = v[a] - v[b];
                    if (d > 0) up[a][b] += d;
                    else low[a][b] += d;
                }
            }
        }
        return decide(scores, up, low);
    }

    /** At most one of {@code options} is added (or none, or one already counted). */
    private void oneOf(List<double[]> options, double[][] up, double[][] low) {
        if (options.isEmpty()) return;
        int n = labels.size();
        double[][] u = new double[n][n];
        double[][] l = new double[n][n];
        for (double[] v : options) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    u[a][b] = Math.max(u[a][b], v[a] - v[b]);
                    l[a][b] = Math.min(l[a][b], v[a] - v[b]);
                }
            }
        }
        add(u, l, up, low);
    }

    private static void add(double[][] u, double[][] l, double[][] up, double[][] low) {
        for (int a = 0; a < u.length; a++) {
            for (int b = 0; b < u.length; b++) {
                up[a][b] += u[a][b];
                low[a][b] += l[a][b];
            }
        }
    }

    /** As {@link TypingModel#classify}, when every score within the bounds gives one label. */
    private String decide(double[] s, double[][] up, double[][] low) {
        // the probability of no entity, at its least and at its most: 1 / (1 + sum of exp(type score - none score))
        double leastNone = 0;
        double mostNone = 0;
        for (int k : typesInOrder) {
            leastNone += Math.exp(s[k] - s[none] + up[k][none]);
            mostNone += Math.exp(s[k] - s[none] + low[k][none]);
        }
        leastNone = 1 / (1 + leastNone);
        mostNone = 1 / (1 + mostNone);
        if (leastNone >= noneThreshold + EPS) return TypingModel.NO_ENTITY;
        if (mostNone >= noneThreshold - EPS) return null;
        int best = typesInOrder.get(0);
        for (int k : typesInOrder) {
            if (s[k] > s[best]) best = k;
        }
        for (int k : typesInOrder) {
            if (k != best && s[best] - s[k] + low[best][k] <= EPS) return null;
        }
        return labels.get(best);
    }
}
