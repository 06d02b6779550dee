package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Neighbour;
import org.chronograph.query.Neighbours;
import org.chronograph.query.NeighboursQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph related ENTITY [--relation R]... [--limit N]}. */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = {"Neighbours of an entity by relation, most links first: affiliated (a person's organizations, an",
                "organization's people), joined / left (moves), moved (people who moved between two organizations), and",
                "every event type (entities in events of that type together). Direction: out = from ENTITY, in = to it."})
final class RelatedCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "ENTITY", description = "Name, alias or key of the entity.")
    String entity;

    @Option(names = {"-r", "--relation"}, paramLabel = "RELATION",
            description = "Only this relation (affiliated, joined, left, moved, release, funding, ...); repeatable, or comma-separated.")
    List<String> relations = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N neighbours (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    List<Table> tables(GraphConnection graph) {
        Neighbours result = new NeighboursQuery(graph).run(entity, relations, limit);
        List<List<Object>> rows = new ArrayList<>();
        for (Neighbour n : result.neighbours()) {
            rows.add(Arrays.asList(n.relation(), n.direction(), n.name(), n.type(), n.count(), n.first(), n.last()));
        }
        return List.of(Table.of("related to " + result.entity().name(),
                List.of("relation", "direction", "name", "type", "count", "first", "last"), rows));
    }
}
