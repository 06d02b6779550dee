package org.chronograph.cli;

import java.io.PrintWriter;
import org.chronograph.ChronographException;
import picocli.CommandLine;

/**
 * Turns an exception into one line on standard error and exit code 1: a {@link ChronographException} shows its
 * message; anything else shows its message and a hint to use {@code --verbose}, which prints the stack trace.
 * Install on a command line with {@code setExecutionExceptionHandler(new ExceptionMapper())}.
 */
public final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {
    /** Exit code for a failed command. */
    public static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(e, commandLine.getErr(), verbose(parseResult));
    }

    /** Prints the one-line message (and the stack trace when verbose) and returns {@link #FAILURE}. */
    public static int report(Throwable e, PrintWriter err, boolean verbose) {
        err.println("chronograph: " + message(e, verbose));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILURE;
    }

    /** The line to show for an exception. */
    public static String message(Throwable e, boolean verbose) {
        if (e instanceof ChronographException) {
            return SafeText.escape(oneLine(e.getMessage()));
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + SafeText.escape(oneLine(e.getMessage()));
        return verbose ? text : text + " (run again with --verbose for details)";
    }

    /** True when {@code --verbose} was given to the command or one of its parents. */
    static boolean verbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.commandSpec().findOption("--verbose") != null && r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
