package org.chronograph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.chronograph.graph.GraphConnection;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that opens the graph, asks it something and prints tables; errors become one line on standard error
 * and exit code 1 (see {@link ExceptionMapper}).
 */
abstract class GraphCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    OutputOptions output;

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** What to print, read from the open graph. */
    abstract List<Table> tables(GraphConnection graph);

    @Override
    public Integer call() {
        try (GraphConnection graph = GraphConnection.open(graphOptions.settings())) {
            output.write(spec.commandLine().getOut(), tables(graph));
            return 0;
        } catch (RuntimeException e) {
            return ExceptionMapper.report(e, spec.commandLine().getErr(), verbose);
        }
    }
}
