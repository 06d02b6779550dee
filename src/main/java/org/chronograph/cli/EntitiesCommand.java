package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntitiesQuery;
import org.chronograph.query.EntitySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph entities [TEXT] [--type T] [--limit N]}. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Entities whose name or an alias has a word starting with each word of TEXT (any case, accents ignored: 'mis ai' finds Mistral AI), an exact name first, then the most mentioned.")
final class EntitiesCommand extends GraphCommand {

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Words or starts of words of a name or alias; the most mentioned entities without it.")
    String text;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", description = "Only this type: person, company, organization, model, product.")
    String type;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entities (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    List<Table> tables(GraphConnection graph) {
        List<List<Object>> rows = new ArrayList<>();
        for (EntitySummary e : new EntitiesQuery(graph).run(text, type, limit)) {
            rows.add(Arrays.asList(e.name(), e.type(), e.key(), e.aliases(), e.articles(), e.events(), e.moves()));
        }
        return List.of(Table.of(null, List.of("name", "type", "key", "aliases", "articles", "events", "moves"), rows));
    }
}
