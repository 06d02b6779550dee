package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.CoMentions;
import org.chronograph.query.CoMentionsQuery;
import org.chronograph.query.Neighbour;
import org.chronograph.query.Neighbours;
import org.chronograph.query.NeighboursQuery;
import org.chronograph.query.SharedSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph related ENTITY [--relation R]... [--limit N] [--with OTHER]}. */
@Command(name = "related", mixinStandardHelpOptions = true,
        description = {"Neighbours of an entity by relation, most links first: affiliated (a person's organizations, an",
                "organization's people), joined / left (moves), moved (people who moved between two organizations),",
                "every event type (entities in events of that type together), then co-mentioned (named in the same",
                "sentences; count = sentences). Direction: out = from ENTITY, in = to it.",
                "With --with OTHER: the sentences that name ENTITY and OTHER together."})
final class RelatedCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "ENTITY", description = "Name, alias or key of the entity.")
    String entity;

    @Option(names = {"-r", "--relation"}, paramLabel = "RELATION",
            description = "Only this relation (affiliated, joined, left, moved, release, funding, ...); repeatable, or comma-separated.")
    List<String> relations = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N neighbours, or sentences (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--with", paramLabel = "OTHER", description = "The sentences that name ENTITY and OTHER together, newest articles first.")
    String with;

    @Override
    List<Table> tables(GraphConnection graph) {
        if (with != null) {
            return sentences(new CoMentionsQuery(graph).between(entity, with, limit));
        }
        Neighbours result = new NeighboursQuery(graph).run(entity, relations, limit);
        List<List<Object>> rows = new ArrayList<>();
        for (Neighbour n : result.neighbours()) {
            rows.add(Arrays.asList(n.relation(), n.direction(), n.name(), n.type(), n.count(), n.first(), n.last()));
        }
        return List.of(Table.of("related to " + result.entity().name(),
                List.of("relation", "direction", "name", "type", "count", "first", "last"), rows));
    }

    private static List<Table> sentences(CoMentions together) {
        List<List<Object>> rows = new ArrayList<>();
        for (SharedSentence s : together.shown()) {
            rows.add(Arrays.asList(s.published() == null ? null : s.published().toString(), s.articleId(), s.text()));
        }
        String title = together.entity().name() + " and " + together.other().name() + ": named together in "
                + together.sentences() + (together.sentences() == 1 ? " sentence" : " sentences") + " of "
                + together.articles() + (together.articles() == 1 ? " article" : " articles") + " (co-mentioned)";
        return List.of(Table.of(title, List.of("published", "article", "sentence"), rows));
    }
}
