package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.MoveEntry;
import org.chronograph.query.MovesQuery;
import org.chronograph.query.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chronograph moves [--person P] [--org O]}. */
@Command(name = "moves", mixinStandardHelpOptions = true,
        description = "Who moved where: people leaving and joining organizations, in date order.")
final class MovesCommand extends GraphCommand {

    @Option(names = "--person", paramLabel = "PERSON", description = "Only this person's moves (name, alias or key).")
    String person;

    @Option(names = "--org", paramLabel = "ORG", description = "Only moves from or to this organization.")
    String org;

    @Override
    List<Table> tables(GraphConnection graph) {
        List<List<Object>> rows = new ArrayList<>();
        for (MoveEntry m : new MovesQuery(graph).run(person, org)) {
            Report source = m.source();
            rows.add(Arrays.asList(m.person(), m.from(), m.to(), m.date(), m.precision(),
                    source == null ? null : source.articleId(), source == null ? null : source.sentence()));
        }
        return List.of(Table.of(null, List.of("person", "from", "to", "date", "precision", "article", "sentence"), rows));
    }
}
