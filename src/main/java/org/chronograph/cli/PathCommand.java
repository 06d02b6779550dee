package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.EntityPath;
import org.chronograph.query.PathQuery;
import org.chronograph.query.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chronograph path FROM TO [--max-hops N]}. */
@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"How two entities are connected: the shortest chain of shared events and moves, each step with the",
                "article and sentence that report it. When none is short enough, as a last resort, the shortest chain of",
                "entities named in the same sentences (labelled as such; 'sources' then counts the sentences)."})
final class PathCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "FROM", description = "Name, alias or key of the first entity.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Name, alias or key of the second entity.")
    String to;

    @Option(names = "--max-hops", paramLabel = "N", defaultValue = "" + PathQuery.DEFAULT_HOPS,
            description = "Most steps (entity to entity) to look for, 1 to " + PathQuery.MAX_HOPS + " (default: ${DEFAULT-VALUE}).")
    int maxHops;

    @Override
    List<Table> tables(GraphConnection graph) {
        EntityPath path = new PathQuery(graph).run(from, to, maxHops);
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (EntityPath.Step s : path.steps()) {
            Report source = s.source();
            rows.add(Arrays.asList((long) ++n, withRole(s.from().name(), s.fromRole()),
                    link(s), withRole(s.to().name(), s.toRole()),
                    source == null ? null : source.articleId(), source == null ? null : source.sentence(),
                    s.sentences() > 0 ? s.sentences() : (long) s.reports().size()));
        }
        return List.of(Table.of(title(path), List.of("step", "from", "link", "to", "article", "sentence", "sources"), rows));
    }

    /** What links the two; a move names its person when neither end is that person (two organizations). */
    private static String link(EntityPath.Step s) {
        boolean personOnPath = "moved".equals(s.fromRole()) || "moved".equals(s.toRole());
        return s.mover() == null || personOnPath ? s.link() : s.link() + " of " + s.mover();
    }

    private static String withRole(String name, String role) {
        return role == null ? name : name + " (" + role + ")";
    }

    private String title(EntityPath path) {
        String ends = path.from().name() + " to " + path.to().name();
        if (!path.found()) {
            return "no path from " + ends + " in " + maxHops + (maxHops == 1 ? " step" : " steps");
        }
        String found = "path from " + ends + ": " + path.length() + (path.length() == 1 ? " step" : " steps");
        return path.throughCoMentions()
                ? found + ", through co-mentions only (named in the same sentences; no shared event or move links them in "
                        + maxHops + (maxHops == 1 ? " step)" : " steps)")
                : found;
    }
}
