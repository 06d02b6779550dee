package org.chronograph.bench;

import java.util.Arrays;

/** Durations of repeated calls, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {
    private final double[] millis;
    private int count;

    Latencies(int capacity) {
        millis = new double[capacity];
    }

    /** Times one call. */
    void time(Runnable call) {
        long started = System.nanoTime();
        call.run();
        millis[count++] = (System.nanoTime() - started) / 1e6;
    }

    /** The {@code p}-th percentile (0 < p <= 100), or 0 when nothing was timed. */
    double percentile(double p) {
        if (count == 0) return 0;
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }

    int count() {
        return count;
    }
}
