package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Participation;
import org.chronograph.query.Report;
import org.chronograph.query.TimelineEntry;
import org.chronograph.query.TimelineFilter;
import org.chronograph.query.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph timeline [ENTITY] [--from DATE] [--to DATE] [--type T]...}. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Events in date order (undated last), with the article and sentence that report each.")
final class TimelineCommand extends GraphCommand {

    @Parameters(arity = "0..1", paramLabel = "ENTITY", description = "Only events involving this entity (name, alias or key).")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events starting on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
            description = "Only events of this type (release, delay, founding, join, departure, appointment, acquisition, "
                    + "funding, partnership, legal, restructuring); repeatable, or comma-separated.")
    List<String> types = new ArrayList<>();

    @Override
    List<Table> tables(GraphConnection graph) {
        List<TimelineEntry> entries = new TimelineQuery(graph).run(TimelineFilter.parse(entity, from, to, types));
        List<List<Object>> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            Report source = e.source();
            rows.add(Arrays.asList(e.date(), e.precision(), e.mod(), e.type(),
                    e.participants().stream().map(Participation::toString).toList(),
                    source == null ? null : source.articleId(), source == null ? null : source.title(),
                    source == null ? null : source.sentence(), (long) e.reports().size()));
        }
        return List.of(Table.of(null,
                List.of("date", "precision", "mod", "type", "participants", "article", "title", "sentence", "sources"), rows));
    }
}
