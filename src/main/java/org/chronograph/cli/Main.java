package org.chronograph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code chronograph COMMAND [OPTIONS]}. */
@Command(name = "chronograph", mixinStandardHelpOptions = true, version = "chronograph 0.1.0",
        description = "AI-industry articles to a timeline and entity knowledge graph in Neo4j.",
        subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, IngestCommand.class, ExtractCommand.class,
                TimelineCommand.class, MovesCommand.class, FlowsCommand.class, CareerCommand.class, RelatedCommand.class,
                PathCommand.class, ConflictsCommand.class, EntityCommand.class, EntitiesCommand.class, StatsCommand.class,
                BoltCommand.class, MergeCommand.class, UnmergeCommand.class, SplitCommand.class, AliasCommand.class,
                CurationsCommand.class,
                ExportCommand.class, ServeCommand.class, LoadTestCommand.class, EvalCommand.class, TrainCommand.class, GenSyntheticCommand.class,
                BenchCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 success, 1 error, 2 some input failed). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line as {@link #run} uses it; set its output and error writers to capture them. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ExceptionMapper())
                .setParameterExceptionHandler(Main::badArguments);
    }

    /**
     * A wrong option or argument: one line that says what is wrong, and how to get help (picocli would print the
     * whole usage, which buries the reason); exit code 2, picocli's usage error.
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        java.io.PrintWriter err = cmd.getErr();
        err.println("chronograph: " + SafeText.escape(e.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
