package org.chronograph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.extract.CorpusExtraction;

/**
 * Collects the inputs that failed in a batch: prints each as one line when it happens, a list at the
 * end, and gives the exit code (2 when any input failed, 0 when none did).
 */
final class Failures {
    /** Exit code when at least one input failed. */
    static final int SOME_INPUT_FAILED = 2;

    /** Thrown to stop a batch at the first failure ({@code --fail-fast}). */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stopped at the first failure", null, false, false);
        }
    }

    private final PrintWriter err;
    private final boolean verbose;
    private final boolean failFast;
    private final List<CorpusExtraction.Failed> failed = new ArrayList<>();

    Failures(PrintWriter err, boolean verbose, boolean failFast) {
        this.err = err;
        this.verbose = verbose;
        this.failFast = failFast;
    }

    void add(CorpusExtraction.Failed f) {
        failed.add(f);
        err.println("chronograph: " + SafeText.escape(f.toString()));
        if (verbose && f.cause() != null) f.cause().printStackTrace(err);
        err.flush();
        if (failFast) throw new Stop();
    }

    List<CorpusExtraction.Failed> all() {
        return List.copyOf(failed);
    }

    int exitCode() {
        if (failed.isEmpty()) return 0;
        if (failed.size() > 1 || !failFast) {
            err.println("chronograph: " + failed.size() + " input(s) failed:");
            failed.forEach(f -> err.println("  " + SafeText.escape(f.toString())));
        }
        err.flush();
        return SOME_INPUT_FAILED;
    }
}
