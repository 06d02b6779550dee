package org.chronograph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command's streams and its {@code --verbose} option (a picocli mixin): where it prints, and how an error it cannot
 * go on from is reported (one line on standard error, the stack trace with {@code --verbose}; see
 * {@link ExceptionMapper}).
 */
final class Console {
    @Option(names = "--verbose", description = "Print stack traces of errors.")
    private boolean verbose;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** Standard output, as the command line was given it. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Standard error, as the command line was given it. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    boolean verbose() {
        return verbose;
    }

    /** Reports {@code e} on standard error and gives the exit code it means. */
    int fail(Throwable e) {
        return ExceptionMapper.report(e, err(), verbose);
    }

    /** A usage error of the command: picocli prints it with the command's usage and exits 2. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }
}
