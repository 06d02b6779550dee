package org.chronograph.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up until the JIT compiler is quiet: a benchmark's timed phase should measure the code as a long-running server
 * runs it, not the compiler taking a core from the queries (on two cores, a compilation under way doubles a page's
 * time). After a fixed number of calls, more are made in rounds until the compiler's time over a round is a small
 * share of the round's own, or a limit of calls or time is reached.
 */
final class JitQuiet {
    /** Calls per round. */
    static final int ROUND = 100;
    /** The compiler is quiet when it took at most this share of a round's time. */
    static final double QUIET_SHARE = 0.02;
    /** At most this long beyond the first calls. */
    static final long MAX_NANOS = 30_000_000_000L;

    private JitQuiet() {
    }

    /**
     * Makes {@code atLeast} calls, then rounds of {@value #ROUND} until the compiler is quiet, at most {@code more}
     * calls more (and {@value #MAX_NANOS} ns); gives the calls made. Without a compiler that reports its time, the
     * {@code atLeast} calls only.
     */
    static int warmUp(int atLeast, int more, Runnable call) {
        for (int i = 0; i < atLeast; i++) {
            call.run();
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) return atLeast;
        long started = System.nanoTime();
        int calls = atLeast;
        while (calls + ROUND <= atLeast + more && System.nanoTime() - started < MAX_NANOS) {
            long compiledBefore = jit.getTotalCompilationTime();
            long roundStart = System.nanoTime();
            for (int i = 0; i < ROUND; i++) {
                call.run();
            }
            calls += ROUND;
            if (quiet(jit.getTotalCompilationTime() - compiledBefore, (System.nanoTime() - roundStart) / 1_000_000.0)) break;
        }
        return calls;
    }

    /** Whether {@code compileMs} of compiling over a round of {@code roundMs} is quiet. */
    static boolean quiet(long compileMs, double roundMs) {
        return compileMs <= QUIET_SHARE * roundMs;
    }
}
