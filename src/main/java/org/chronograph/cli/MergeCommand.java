package org.chronograph.cli;

import java.util.List;
import org.chronograph.graph.Curations;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntityResolver;
import org.chronograph.query.ResolvedEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code chronograph merge ENTITY OTHER}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"OTHER is the same entity as ENTITY: its names, mentions, events, moves and co-mentions become",
                "ENTITY's (which keeps its key, name and type; OTHER's key becomes one of its aliases). Kept as a curation",
                "(who, when) that every later ingest applies; 'unmerge' undoes it."})
final class MergeCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "ENTITY", description = "The entity that stays (name, alias or key).")
    String entity;

    @Parameters(index = "1", paramLabel = "OTHER", description = "The entity merged into it.")
    String other;

    @Mixin
    CurationTables.Who who = new CurationTables.Who();

    @Override
    List<Table> tables(GraphConnection graph) {
        EntityResolver resolver = new EntityResolver(graph);
        ResolvedEntity into = resolver.resolve(entity);
        ResolvedEntity from = resolver.resolve(other);
        return CurationTables.applied("merged " + from.name() + " into " + into.name(),
                new Curations(graph).merge(into.key(), from.key(), who.by(), who.note));
    }
}
