package org.chronograph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.chronograph.graph.GraphConnection;
import picocli.CommandLine.Mixin;

/**
 * A command that opens the graph, asks it something and prints tables; errors become one line on standard error
 * and exit code 1 (see {@link ExceptionMapper}).
 */
abstract class GraphCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    OutputOptions output;

    @Mixin
    Console console;

    /** What to print, read from the open graph. */
    abstract List<Table> tables(GraphConnection graph);

    @Override
    public Integer call() {
        try (GraphConnection graph = GraphConnection.open(graphOptions.settings())) {
            output.write(console.out(), tables(graph));
            return 0;
        } catch (RuntimeException e) {
            return console.fail(e);
        }
    }
}
