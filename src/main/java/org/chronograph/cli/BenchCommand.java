package org.chronograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronograph.bench.BenchReport;
import org.chronograph.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chronograph bench [--events N] [--articles M] [--texts DIR]...}: speed figures side by side, then one JSON line. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction, loading and query speed in one run and print a table of figures against",
                "their targets, then, as the last line, the figures as one JSON object.",
                "Real articles (--texts): extraction against raw CoreNLP (the same annotators on every sentence) and",
                "CoreNLP's default properties, English and French apart, one thread and all threads.",
                "Synthetic articles: full pipeline against raw CoreNLP on M articles, all threads against one.",
                "Loading: the loader against plain UNWIND statements, N events each into a fresh embedded database.",
                "Queries: timeline, moves and path latency through the driver on the loaded graph."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", defaultValue = "100000",
            description = "Events of the synthetic graph; 0 skips loading and queries (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "Real articles to time extraction on (repeatable; default: ../shared/corpus/dev and "
                    + "../shared/corpus/pool where present; 'none' skips this part).")
    List<Path> texts;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "2",
            description = "Timed passes over the real articles, after a warm-up pass (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--articles", paramLabel = "M", defaultValue = "400",
            description = "Synthetic articles to extract; 0 skips extraction (default: ${DEFAULT-VALUE}: with fewer, the JIT "
                    + "compiler is still busy with CoreNLP's code during the timed passes and takes the core the second thread needs).")
    int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel extraction (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--samples", paramLabel = "Q", defaultValue = "300", description = "Timed queries of each kind (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--graph", paramLabel = "DIR",
            description = "Time the queries on the embedded database in DIR (one made by ingest or gen-synthetic) instead "
                    + "of on a synthetic graph of --events loaded for the purpose; loading is then not timed.")
    Path graph;

    @Option(names = "--work", paramLabel = "DIR", description = "Directory for the benchmark databases (default: a temporary one).")
    Path work;

    @Option(names = "--keep", description = "Keep the benchmark databases.")
    boolean keep;

    @Option(names = "--quiet", description = "Do not report progress on standard error.")
    boolean quiet;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        BenchReport report;
        try {
            long started = System.nanoTime();
            List<Path> real = texts == null ? Benchmark.defaultTexts()
                    : texts.stream().anyMatch(p -> p.toString().equals("none")) ? List.of() : texts;
            if (texts == null && real.isEmpty() && !quiet) {
                err.println("bench: no real articles (../shared/corpus/dev and pool are absent; --texts DIR gives some): "
                        + "extraction is timed on synthetic articles only");
            }
            report = Benchmark.run(new Benchmark.Settings(events, articles, seed, threads, samples, work, keep, real, rounds, graph), line -> {
                if (!quiet) {
                    err.printf("bench [%5.0fs] %s%n", (System.nanoTime() - started) / 1e9, line);
                    err.flush();
                }
            });
        } catch (RuntimeException e) {
            return console.fail(e);
        }
        Output.write(out, Format.TABLE, List.of(Table.of("Benchmark (" + (graph != null ? "queries on " + graph : events + " events") + ", " + articles + " articles)",
                List.of("figure", "measured", "target", ""), report.rows())));
        out.println(report.json());
        out.flush();
        return 0;
    }
}
