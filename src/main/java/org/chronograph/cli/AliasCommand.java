package org.chronograph.cli;

import java.util.List;
import org.chronograph.graph.Curations;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntityResolver;
import org.chronograph.query.ResolvedEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph alias NAME --of ENTITY [--from DATE] [--to DATE]}. */
@Command(name = "alias", mixinStandardHelpOptions = true,
        description = {"NAME is a name of ENTITY: mentions and facts under that name are ENTITY's (taken from the entity",
                "that had it, if any). With --from/--to, a rename: only the facts of the entity so named dated within the",
                "period are ENTITY's (mentions by their article's date), e.g. alias Facebook --of Meta --to 2021-10.",
                "Kept as a curation that every later ingest applies; 'unmerge' undoes it."})
final class AliasCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The name.")
    String name;

    @Option(names = "--of", required = true, paramLabel = "ENTITY", description = "The entity it names (name, alias or key).")
    String entity;

    @Option(names = "--from", paramLabel = "DATE", description = "First day the name meant ENTITY (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day the name meant ENTITY.")
    String to;

    @Mixin
    CurationTables.Who who = new CurationTables.Who();

    @Override
    List<Table> tables(GraphConnection graph) {
        ResolvedEntity target = new EntityResolver(graph).resolve(entity);
        return CurationTables.applied("'" + name.strip() + "' is a name of " + target.name(),
                new Curations(graph).alias(name, target.key(), from, to, who.by(), who.note));
    }
}
