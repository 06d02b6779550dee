package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Participation;
import org.chronograph.query.Report;
import org.chronograph.query.TimelineEntry;
import org.chronograph.query.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chronograph timeline [ENTITY] [--neighbourhood] [--from DATE] [--to DATE] [--type T]... [--by event|published] [--undated]}. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Events in date order (undated last), with the article and sentence that report each.")
final class TimelineCommand extends GraphCommand {

    @Mixin
    TimelineFilterOptions filter = new TimelineFilterOptions();

    @Override
    List<Table> tables(GraphConnection graph) {
        List<TimelineEntry> entries = new TimelineQuery(graph).run(filter.filter());
        List<List<Object>> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            Report source = e.source();
            rows.add(Arrays.asList(e.date(), e.precision(), e.mod(), e.type(),
                    e.participants().stream().map(Participation::toString).toList(),
                    source == null ? null : source.articleId(), source == null ? null : source.title(),
                    source == null ? null : source.sentence(), (long) e.reports().size(),
                    e.firstReported() == null ? null : e.firstReported().toString()));
        }
        return List.of(Table.of(null, List.of("date", "precision", "mod", "type", "participants", "article", "title",
                "sentence", "sources", "reported"), rows));
    }
}
