package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.MoveEntry;
import org.chronograph.query.MovesQuery;
import org.chronograph.query.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chronograph moves [--person P] [--origin O] [--destination D] [--org O] [--from DATE] [--to DATE]}. */
@Command(name = "moves", mixinStandardHelpOptions = true,
        description = "Who moved where: people leaving and joining organizations, in date order.")
final class MovesCommand extends GraphCommand {

    @Mixin
    MovesFilterOptions filter = new MovesFilterOptions();

    @Override
    List<Table> tables(GraphConnection graph) {
        List<List<Object>> rows = new ArrayList<>();
        for (MoveEntry m : new MovesQuery(graph).run(filter.filter())) {
            Report source = m.source();
            rows.add(Arrays.asList(m.person(), m.from(), m.to(), m.date(), m.precision(),
                    source == null ? null : source.articleId(), source == null ? null : source.sentence()));
        }
        return List.of(Table.of(null, List.of("person", "from", "to", "date", "precision", "article", "sentence"), rows));
    }
}
