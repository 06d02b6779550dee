package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntitiesQuery;
import org.chronograph.query.EntitySearch;
import org.chronograph.query.EntitySummary;
import org.chronograph.query.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph entities [TEXT] [--type T] [--limit N]}: search by name or alias, or list the most mentioned. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Search entities by name or alias (the full-text index; accents and case do not matter): words",
                "that start like TEXT's, else words that hold them, else words spelled nearly like them (did you mean),",
                "closest first; the 'match' column says which, and 'matched' the name or alias found.",
                "Without TEXT: every entity, most mentioned first."})
final class EntitiesCommand extends GraphCommand {

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Words of a name or alias, or their beginnings ('hug fa').")
    String text;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", description = "Only this type: person, company, organization, model, product.")
    String type;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most N entities (default: ${DEFAULT-VALUE}; a search gives at most " + EntitySearch.MAX_LIMIT + ").")
    int limit;

    @Override
    List<Table> tables(GraphConnection graph) {
        List<List<Object>> rows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            for (EntitySummary e : new EntitiesQuery(graph).run(null, type, limit)) {
                rows.add(Arrays.asList(e.name(), e.type(), e.key(), e.aliases(), e.articles(), e.events(), e.moves()));
            }
            return List.of(Table.of(null, List.of("name", "type", "key", "aliases", "articles", "events", "moves"), rows));
        }
        for (SearchHit h : new EntitySearch(graph).run(text, type, Math.min(limit, EntitySearch.MAX_LIMIT))) {
            rows.add(Arrays.asList(h.name(), h.type(), h.key(), h.aliases(), h.articles(), h.events(), h.moves(), h.match(),
                    h.matched()));
        }
        return List.of(Table.of(null, List.of("name", "type", "key", "aliases", "articles", "events", "moves", "match",
                "matched"), rows));
    }
}
