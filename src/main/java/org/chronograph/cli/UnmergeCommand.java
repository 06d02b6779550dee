package org.chronograph.cli;

import java.util.List;
import org.chronograph.ChronographException;
import org.chronograph.extract.EntityKeys;
import org.chronograph.graph.Curation;
import org.chronograph.graph.Curations;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntityResolver;
import org.chronograph.query.ResolvedEntity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code chronograph unmerge ID} or {@code chronograph unmerge ENTITY NAME}. */
@Command(name = "unmerge", mixinStandardHelpOptions = true,
        description = {"Undoes a curation (a merge, an alias, a split): by its id (or the id's first 6+ characters, see",
                "'chronograph curations'), or by the entity and the name it sent there. What it moved goes back where",
                "the other curations and the automatic resolution put it, facts ingested since included."})
final class UnmergeCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "ID|ENTITY", description = "A curation id, or the entity a curation sent a name to.")
    String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "With ENTITY: the name it sent there.")
    String name;

    @Mixin
    CurationTables.Who who = new CurationTables.Who();

    @Override
    List<Table> tables(GraphConnection graph) {
        Curations curations = new Curations(graph);
        String id = name == null ? curations.find(first).id() : byNames(graph, curations);
        return CurationTables.applied("undone", curations.undo(id, who.by()));
    }

    /** The curation in force that sends NAME to ENTITY. */
    private String byNames(GraphConnection graph, Curations curations) {
        ResolvedEntity target = new EntityResolver(graph).resolve(first);
        String key;
        try {
            key = EntityKeys.of(name);
        } catch (IllegalArgumentException e) {
            throw new ChronographException("not a name: '" + name + "'");
        }
        return curations.list(false).stream()
                .filter(c -> c.target().equals(target.key()) && (c.names().contains(key) || key.equals(c.source())))
                .map(Curation::id).findFirst()
                .orElseThrow(() -> new ChronographException("no curation in force sends '" + name + "' to '" + target.name()
                        + "' (see 'chronograph curations')"));
    }
}
