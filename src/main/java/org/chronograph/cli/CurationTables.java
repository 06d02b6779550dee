package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.Curation;
import org.chronograph.graph.Curations;
import picocli.CommandLine.Option;

/** How curation commands print what they did, and their {@code --by} and {@code --note} options. */
final class CurationTables {
    private CurationTables() {
    }

    /** {@code --by NAME} (default: the login name) and {@code --note TEXT}. */
    static final class Who {
        @Option(names = "--by", paramLabel = "NAME", description = "Who makes it (default: your login name, ${DEFAULT-VALUE}).",
                defaultValue = "${sys:user.name}")
        String by;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept with the curation).")
        String note;

        String by() {
            return by == null || by.isBlank() ? "unknown" : by.strip();
        }
    }

    /** The curation, and how many articles were loaded again. */
    static List<Table> applied(String title, Curations.Applied applied) {
        Map<String, Object> fields = fields(applied.curation());
        fields.put("articles loaded again", (long) applied.reloaded());
        if (!applied.skipped().isEmpty()) {
            fields.put("articles to ingest again with --force", applied.skipped());
        }
        return List.of(Table.record(title, fields));
    }

    static Map<String, Object> fields(Curation c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", c.id());
        fields.put("kind", c.kind() + (c.dated() ? " (dated: a rename)" : ""));
        fields.put("entity", c.targetName() + " (" + c.target() + ")");
        fields.put("names", c.labels());
        fields.put("from", c.from());
        fields.put("to", c.to());
        fields.put("by", c.by());
        fields.put("at", c.at());
        fields.put("note", c.note());
        fields.put("active", c.active());
        if (!c.active()) {
            fields.put("undone by", c.undoneBy());
            fields.put("undone at", c.undoneAt());
        }
        return fields;
    }

    /** One row per curation. */
    static Table list(List<Curation> curations, boolean all) {
        List<List<Object>> rows = new ArrayList<>();
        for (Curation c : curations) {
            List<Object> row = new ArrayList<>(Arrays.asList(c.id().substring(0, Math.min(8, c.id().length())), c.kind(),
                    c.targetName(), c.labels(), c.from(), c.to(), c.by(), c.at(), c.note()));
            if (all) {
                row.add(c.active() ? "yes" : "undone by " + c.undoneBy() + " at " + c.undoneAt());
            }
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("id", "kind", "entity", "names", "from", "to", "by", "at", "note"));
        if (all) {
            columns.add("in force");
        }
        return Table.of(null, columns, rows);
    }
}
