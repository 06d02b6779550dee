package org.chronograph.cli;

import java.util.List;
import org.chronograph.graph.Curations;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntityResolver;
import org.chronograph.query.ResolvedEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code chronograph split ENTITY NAME}. */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = {"NAME is an entity of its own, not ENTITY's (which took it as an alias, or through a merge): its",
                "mentions and facts go to a new entity named NAME. Kept as a curation that every later ingest applies."})
final class SplitCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity that has the name now (name, alias or key).")
    String entity;

    @Parameters(index = "1", paramLabel = "NAME", description = "The name that is an entity of its own.")
    String name;

    @Mixin
    CurationTables.Who who = new CurationTables.Who();

    @Override
    List<Table> tables(GraphConnection graph) {
        ResolvedEntity from = new EntityResolver(graph).resolve(entity);
        return CurationTables.applied("split '" + name.strip() + "' from " + from.name(),
                new Curations(graph).split(from.key(), name, who.by(), who.note));
    }
}
