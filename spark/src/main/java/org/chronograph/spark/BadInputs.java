package org.chronograph.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;

/**
 * A Spark accumulator of the inputs the job could not use, added by the tasks of every partition and read on the
 * driver at the end, in input order. Each input is kept once: a task that Spark runs again (a retry, or a stage
 * computed a second time) adds the same entries again, and they merge.
 */
final class BadInputs extends AccumulatorV2<BadInput, List<BadInput>> {
    private static final long serialVersionUID = 1L;

    private record Key(Order order, String stage, String source, String message) implements java.io.Serializable {
    }

    private final HashMap<Key, BadInput> inputs = new HashMap<>();

    @Override
    public boolean isZero() {
        synchronized (inputs) {
            return inputs.isEmpty();
        }
    }

    @Override
    public BadInputs copy() {
        BadInputs copy = new BadInputs();
        synchronized (inputs) {
            copy.inputs.putAll(inputs);
        }
        return copy;
    }

    @Override
    public void reset() {
        synchronized (inputs) {
            inputs.clear();
        }
    }

    @Override
    public void add(BadInput input) {
        synchronized (inputs) {
            inputs.putIfAbsent(new Key(input.order(), input.stage(), input.source(), input.message()), input);
        }
    }

    @Override
    public void merge(AccumulatorV2<BadInput, List<BadInput>> other) {
        for (BadInput input : other.value()) {
            add(input);
        }
    }

    /** The bad inputs in input order. */
    @Override
    public List<BadInput> value() {
        List<BadInput> all;
        synchronized (inputs) {
            all = new ArrayList<>(inputs.values());
        }
        all.sort(Comparator.comparing(BadInput::order).thenComparing(BadInput::stage));
        return all;
    }

    /** How many bad inputs each partition met (-1: the listing on the driver). */
    Map<Integer, Integer> perPartition() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (BadInput input : value()) {
            counts.merge(input.partition(), 1, Integer::sum);
        }
        return counts;
    }
}
