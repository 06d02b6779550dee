package org.chronograph.graph;

import java.util.List;

/**
 * What loading many articles did: one outcome per article, in order.
 */
public record LoadSummary(List<LoadOutcome> outcomes) {
    public LoadSummary {
        outcomes = List.copyOf(outcomes);
    }

    /** Number of articles with the given status. */
    public long count(LoadOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** Events written, summed over articles (an event reported by two articles counts twice). */
    public int events() {
        return outcomes.stream().mapToInt(LoadOutcome::events).sum();
    }

    /** Moves written, summed over articles. */
    public int moves() {
        return outcomes.stream().mapToInt(LoadOutcome::moves).sum();
    }
}
