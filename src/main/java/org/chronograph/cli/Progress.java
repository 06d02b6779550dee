package org.chronograph.cli;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on standard error, redrawn in place, shown only on a terminal so
 * that logs and pipes stay clean.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private int done;
    private int failed;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Shown on a terminal only, unless the user asks otherwise. */
    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null && System.getenv("CI") == null);
    }

    void article() {
        done++;
        draw();
    }

    void failure() {
        failed++;
        draw();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void draw() {
        if (!enabled) return;
        double rate = (done + failed) / Math.max(seconds(), 1e-3);
        int filled = (done + failed) % (WIDTH + 1);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        err.print(String.format("\r[%s] %d articles, %d failed, %.1f/s ", bar, done, failed, rate));
        err.flush();
    }

    /** Clears the line before other output. */
    void clear() {
        if (!enabled) return;
        err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        err.flush();
    }
}
