package org.chronograph.load;

import java.util.Arrays;

/** Latencies (milliseconds) and errors of one endpoint, recorded by one client; not thread-safe, merged at the end. */
final class Samples {
    private double[] millis = new double[64];
    private int count;
    private long errors;
    private long notModified;

    void ok(double ms) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = ms;
    }

    void error() {
        errors++;
    }

    /** A successful request answered 304 (the client had the answer; recorded with {@link #ok} too). */
    void okNotModified(double ms) {
        ok(ms);
        notModified++;
    }

    /** Adds another client's samples to these. */
    void add(Samples other) {
        for (int i = 0; i < other.count; i++) {
            ok(other.millis[i]);
        }
        errors += other.errors;
        notModified += other.notModified;
    }

    /** Successful requests. */
    int count() {
        return count;
    }

    long errors() {
        return errors;
    }

    /** Successful requests answered 304 Not Modified. */
    long notModified() {
        return notModified;
    }

    /** The {@code p}-th percentile (nearest rank, 0 < p <= 100) of successful requests, or 0 when there are none. */
    double percentile(double p) {
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)];
    }

    double max() {
        return count == 0 ? 0 : Arrays.stream(millis, 0, count).max().orElse(0);
    }
}
