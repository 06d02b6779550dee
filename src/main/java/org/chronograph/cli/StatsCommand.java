package org.chronograph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.GraphStats;
import picocli.CommandLine.Command;

/** {@code chronograph stats}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "What the graph holds: articles, entities by type, events, moves.")
final class StatsCommand extends GraphCommand {

    @Override
    List<Table> tables(GraphConnection graph) {
        GraphStats s = GraphStats.fetch(graph);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("articles", s.articles());
        fields.put("entities", s.entities());
        s.entitiesByType().forEach((type, count) -> fields.put("entities." + type, count));
        fields.put("events", s.events());
        fields.put("moves", s.moves());
        fields.put("aliases", s.aliases());
        fields.put("affiliations", s.affiliations());
        fields.put("graph", graph.target());
        return List.of(Table.record(null, fields));
    }
}
