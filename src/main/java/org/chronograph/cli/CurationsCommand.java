package org.chronograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.graph.Curations;
import org.chronograph.graph.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph curations [--all]}, {@code curations export FILE}, {@code curations import FILE}. */
@Command(name = "curations", mixinStandardHelpOptions = true,
        description = {"The curations in force (merges, aliases, renames, splits), newest first, with who made them and when;",
                "--all adds those undone. 'curations export FILE' writes them to a file another graph can 'curations import'."},
        subcommands = {CurationsCommand.Export.class, CurationsCommand.Import.class})
final class CurationsCommand extends GraphCommand {

    @Option(names = "--all", description = "Also the curations undone.")
    boolean all;

    @Override
    List<Table> tables(GraphConnection graph) {
        return List.of(CurationTables.list(new Curations(graph).list(all), all));
    }

    /** {@code curations export FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the curations in force to FILE (JSON), for 'curations import' on another graph.")
    static final class Export extends GraphCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The file to write.")
        Path file;

        @Override
        List<Table> tables(GraphConnection graph) {
            int count = new Curations(graph).export(file);
            java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("file", file.toString());
            fields.put("curations", (long) count);
            return List.of(Table.record("exported", fields));
        }
    }

    /** {@code curations import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Apply the curations of FILE (written by 'curations export') that this graph lacks, oldest first;",
                    "importing a file twice changes nothing."})
    static final class Import extends GraphCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The file to read.")
        Path file;

        @Override
        List<Table> tables(GraphConnection graph) {
            List<Curations.Applied> applied = new Curations(graph).importFile(file);
            List<List<Object>> rows = new ArrayList<>();
            for (Curations.Applied a : applied) {
                rows.add(java.util.Arrays.asList(a.curation().id().substring(0, 8), a.curation().kind(),
                        a.curation().targetName(), a.curation().labels(), (long) a.reloaded(), a.skipped()));
            }
            return List.of(Table.of("imported " + applied.size() + " curation(s) from " + file,
                    List.of("id", "kind", "entity", "names", "articles loaded again", "to ingest again"), rows));
        }
    }
}
