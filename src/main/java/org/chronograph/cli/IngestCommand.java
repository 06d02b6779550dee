package org.chronograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronograph.bench.HeapWatch;
import org.chronograph.graph.GraphConnection;
import org.chronograph.pipeline.Ingestion;
import org.chronograph.source.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chronograph ingest PATH...}: read, extract and store articles in the graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (Markdown, text, HTML, JSON Lines), extract their facts and store them in the graph.",
                "Re-ingesting an unchanged article changes nothing; a changed one replaces its own facts.",
                "Exit code: 0 all inputs stored, 2 some input failed (listed at the end), 1 the run could not proceed."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Mixin
    ReadingOptions reading;

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    OutputOptions output;

    @Option(names = "--force", description = "Re-extract and replace articles even when they are stored unchanged.")
    boolean force;

    @Option(names = "--verbose", description = "Print stack traces of errors, and the peak heap in the summary.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Exit code after Ctrl-C (128 + SIGINT), which the JVM uses anyway while it shuts down. */
    static final int INTERRUPTED = 130;

    private long peakHeapMb;
    private long[] liveTrendMb = {0, 0};

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Failures failures = new Failures(err, verbose, reading.failFast());
        Progress progress = Progress.onTerminal(err);
        Ingestion.Summary summary;
        GraphConnection graph;
        try {
            graph = GraphConnection.open(graphOptions.settings());
        } catch (RuntimeException e) {
            return ExceptionMapper.report(e, err, verbose);
        }
        try (graph; HeapWatch heap = HeapWatch.start(); Stream<ReadResult> inputs = reading.reader().read(paths)) {
            Ingestion ingestion = new Ingestion(reading.extractor(), graph, reading.threads(), force);
            summary = ingestion.run(inputs, outcome -> progress.article(), f -> {
                progress.clear();
                if (graph.shutDown()) {
                    // the article failed because Ctrl-C closed the database under it: not an input failure
                    throw new Interrupted();
                }
                failures.add(f);
                progress.failure();
            });
            peakHeapMb = heap.peakMb();
            liveTrendMb = heap.liveTrendMb();
        } catch (Failures.Stop stop) {
            progress.clear();
            return failures.exitCode();
        } catch (RuntimeException e) {
            progress.clear();
            if (graph.shutDown()) {
                err.println("chronograph: interrupted; the articles stored so far are complete, "
                        + "run the same command again to ingest the rest");
                err.flush();
                return INTERRUPTED;
            }
            return ExceptionMapper.report(e, err, verbose);
        }
        progress.clear();
        Table table = summaryTable(summary, progress.seconds());
        if (verbose) {
            List<List<Object>> rows = new ArrayList<>(table.rows());
            rows.add(Arrays.asList("peak heap MB", peakHeapMb));
            rows.add(Arrays.asList("live heap after GC MB, first/last quarter", liveTrendMb[0] + " / " + liveTrendMb[1]));
            table = Table.of(table.title(), table.columns(), rows);
        }
        output.write(spec.commandLine().getOut(), List.of(table));
        return failures.exitCode();
    }

    /** Stops a run that Ctrl-C interrupted. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    static Table summaryTable(Ingestion.Summary s, double seconds) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("articles", s.articles()));
        rows.add(Arrays.asList("  created", s.created()));
        rows.add(Arrays.asList("  replaced", s.replaced()));
        rows.add(Arrays.asList("  unchanged", s.unchanged()));
        rows.add(Arrays.asList("entities", s.entities()));
        rows.add(Arrays.asList("events", s.events()));
        rows.add(Arrays.asList("moves", s.moves()));
        rows.add(Arrays.asList("skipped", s.failures().size()));
        rows.add(Arrays.asList("seconds", String.format("%.1f", seconds)));
        if (s.tokens() > 0) {
            // what a user ingests per second once the models are in memory (loading them is paid once per run)
            double working = seconds - s.modelSeconds();
            rows.add(Arrays.asList("  loading models", String.format("%.1f", s.modelSeconds())));
            rows.add(Arrays.asList("tokens", s.tokens()));
            rows.add(Arrays.asList("tokens/s, models loaded", working > 0 ? String.format("%.0f", s.tokens() / working) : "-"));
        }
        return Table.of("Ingest summary", List.of("what", "count"), rows);
    }
}
