package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Flow;
import org.chronograph.query.FlowsQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chronograph flows [filters of moves]}. */
@Command(name = "flows", mixinStandardHelpOptions = true,
        description = {"Who moved where, aggregated: organization left -> organization joined, with the number of moves",
                "and the people with their dates; biggest flows first. '?' is an unknown organization."})
final class FlowsCommand extends GraphCommand {

    @Mixin
    MovesFilterOptions filter = new MovesFilterOptions();

    @Override
    List<Table> tables(GraphConnection graph) {
        List<List<Object>> rows = new ArrayList<>();
        for (Flow f : new FlowsQuery(graph).run(filter.filter())) {
            rows.add(Arrays.asList(f.from() == null ? "?" : f.from(), f.to() == null ? "?" : f.to(), f.moves(),
                    f.people().stream().map(Flow.Mover::toString).toList()));
        }
        return List.of(Table.of(null, List.of("from", "to", "moves", "people"), rows));
    }
}
