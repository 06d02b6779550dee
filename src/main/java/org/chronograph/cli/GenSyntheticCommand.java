package org.chronograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronograph.ChronographException;
import org.chronograph.bench.SyntheticCorpus;
import org.chronograph.bench.SyntheticGraph;
import org.chronograph.bench.SyntheticLoad;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.query.GraphStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chronograph gen-synthetic --events N --seed S --out DIR}: synthetic graph and articles for scale tests. */
@Command(name = "gen-synthetic", mixinStandardHelpOptions = true,
        description = {"Generate a seeded synthetic world for scale tests: a graph of N events (entities, events, moves and",
                "the articles reporting them) loaded into the embedded database DIR/graph (query it with --data DIR/graph),",
                "and M synthetic English and French Markdown articles in DIR/articles (for extraction and ingest tests).",
                "The same seed gives the same graph and the same articles."})
final class GenSyntheticCommand implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", defaultValue = "10000", description = "Distinct events in the graph (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path out;

    @Option(names = "--articles", paramLabel = "M", defaultValue = "100",
            description = "Synthetic Markdown articles to write; 0 for none (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--no-graph", description = "Write the articles only.")
    boolean noGraph;

    @Mixin
    OutputOptions output;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        try {
            if (events < 1 || articles < 0) {
                throw new ChronographException("--events must be at least 1 and --articles at least 0");
            }
            List<List<Object>> rows = new ArrayList<>();
            if (articles > 0) {
                Path dir = out.resolve("articles");
                int written = new SyntheticCorpus(articles, seed).write(dir).size();
                rows.add(Arrays.asList("articles written", written, dir.toString()));
            }
            if (!noGraph) {
                Path dir = out.resolve("graph");
                long started = System.nanoTime();
                try (GraphConnection graph = GraphConnection.open(GraphSettings.builder().dataDir(dir).build())) {
                    long loaded = SyntheticLoad.load(new SyntheticGraph(events, seed), graph, n -> { });
                    double seconds = (System.nanoTime() - started) / 1e9;
                    GraphStats stats = GraphStats.fetch(graph);
                    rows.add(Arrays.asList("graph articles", loaded, dir.toString()));
                    rows.add(Arrays.asList("events", stats.events(), null));
                    rows.add(Arrays.asList("moves", stats.moves(), null));
                    rows.add(Arrays.asList("entities", stats.entities(), null));
                    rows.add(Arrays.asList("nodes", stats.nodes(), null));
                    rows.add(Arrays.asList("relationships", stats.relationships(), null));
                    rows.add(Arrays.asList("seconds", String.format("%.1f", seconds), null));
                }
            }
            output.write(console.out(), List.of(Table.of("Synthetic data (seed " + seed + ")",
                    List.of("what", "count", "where"), rows)));
            return 0;
        } catch (RuntimeException e) {
            return console.fail(e);
        }
    }
}
