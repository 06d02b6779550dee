package org.chronograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronograph.extract.Extractor;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.pipeline.Ingestion;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.BundledExamples;
import org.chronograph.source.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chronograph demo}: the bundled examples into a fresh embedded database, then a timeline and who moved where. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled example articles (English and French) into a fresh embedded database",
                "and print their timeline and who moved where. The database is deleted afterwards unless --data is given."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Keep the demo database in DIR (it must not hold another graph).")
    Path data;

    @Mixin
    OutputOptions output;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Path dir = null;
        try {
            dir = data != null ? data : Files.createTempDirectory("chronograph-demo-");
            try (GraphConnection graph = GraphConnection.open(GraphSettings.builder().dataDir(dir).build());
                 Stream<ReadResult> inputs = BundledExamples.read(new ArticleReader())) {
                Failures failures = new Failures(err, console.verbose(), false);
                long started = System.nanoTime();
                Ingestion.Summary summary = new Ingestion(new Extractor(), graph, Runtime.getRuntime().availableProcessors(), false)
                        .run(inputs, o -> { }, failures::add);
                List<Table> tables = new ArrayList<>();
                tables.add(IngestCommand.summaryTable(summary, (System.nanoTime() - started) / 1e9).withTitle("Ingested the bundled examples"));
                tables.addAll(new TimelineCommand().tables(graph).stream().map(t -> t.withTitle("Timeline")).toList());
                tables.addAll(new MovesCommand().tables(graph).stream().map(t -> t.withTitle("Who moved where")).toList());
                output.write(out, tables);
                return failures.exitCode();
            }
        } catch (IOException e) {
            return console.fail(new UncheckedIOException("cannot create a demo database: " + e.getMessage(), e));
        } catch (RuntimeException e) {
            return console.fail(e);
        } finally {
            if (data == null && dir != null) deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
