package org.chronograph.cli;

import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.PathQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph path FROM TO [--max-hops N]}. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = "The shortest path between two entities, through events, moves and affiliations.")
final class PathCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "FROM", description = "Name, alias or key of the first entity.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Name, alias or key of the second entity.")
    String to;

    @Option(names = "--max-hops", paramLabel = "N", defaultValue = "4", description = "Longest path to look for (default: ${DEFAULT-VALUE}).")
    int maxHops;

    @Override
    List<Table> tables(GraphConnection graph) {
        return JsonTables.of("path from " + from + " to " + to, new PathQuery(graph).run(from, to, maxHops));
    }
}
