package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Conflict;
import org.chronograph.query.ConflictsQuery;
import org.chronograph.query.Participation;
import org.chronograph.query.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph conflicts [ENTITY] [--strict]}. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"Where sources disagree: one event (same type and participants) or move that different articles",
                "date differently; one row per date and article. 'disjoint' dates cannot both be true; the others differ",
                "only in precision (2024 and 2024-03)."})
final class ConflictsCommand extends GraphCommand {

    @Parameters(arity = "0..1", paramLabel = "ENTITY", description = "Only facts this entity takes part in.")
    String entity;

    @Option(names = "--strict", description = "Only dates that cannot both be true (periods that do not overlap).")
    boolean strict;

    @Override
    List<Table> tables(GraphConnection graph) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 0;
        for (Conflict c : new ConflictsQuery(graph).run(entity, strict)) {
            number++;
            List<String> who = c.participants().stream().map(Participation::toString).toList();
            for (Conflict.Version v : c.versions()) {
                for (Report r : v.reports()) {
                    rows.add(Arrays.asList((long) number, c.type(), who, c.disjoint(), v.dateText(), r.articleId(),
                            r.published() == null ? null : r.published().toString(), r.sentence()));
                }
            }
        }
        return List.of(Table.of(null,
                List.of("conflict", "type", "participants", "disjoint", "date", "article", "published", "sentence"), rows));
    }
}
