package org.chronograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.chronograph.load.LoadReport;
import org.chronograph.load.LoadTest;
import org.chronograph.load.Targets;
import org.chronograph.web.ServerSettings;
import org.chronograph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chronograph load-test [--clients N] [--seconds S] [--url URL]}: many clients on the web API at once. */
@Command(name = "load-test", mixinStandardHelpOptions = true,
        description = {"Load-test the web API: N clients (virtual threads), each sending a request, reading the whole",
                "response and sending the next (with the ETag of an answer it already has, as a browser does), for S",
                "seconds, over timelines (of an entity, of a month), moves and flows",
                "of an organization, entity search, related entities, careers, and paths when the server has /api/path,",
                "with names drawn from the graph. Without --url, serves the graph of the graph options in-process on",
                "127.0.0.1 (a free port). Prints requests, errors and p50/p95/p99 latency per endpoint, the graph's counts",
                "before and after, then, as the last line, the figures as one JSON object.",
                "An error is a transport failure, a timeout or any status other than 2xx and 304 (503 'busy' included).",
                "Exit status: 0 without errors and with the graph unchanged, 1 otherwise."})
final class LoadTestCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Option(names = "--url", paramLabel = "URL",
            description = "A running server (http://127.0.0.1:8080); names are then the API's most mentioned entities.")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "With --url: file whose first line is the server's bearer token (else env " + ServerSettings.TOKEN_ENV + ").")
    Path tokenFile;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "200", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "How long clients send requests (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warm-up", paramLabel = "S", defaultValue = "0",
            description = "Seconds the same clients load the server first, not counted: a server that has run a while "
                    + "(query plans compiled, the page cache filled) rather than one just started (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--server-warm-up", paramLabel = "S", defaultValue = "" + ServerSettings.DEFAULT_WARM_UP_SECONDS,
            description = "Without --url: seconds the in-process server warms its queries up at most when it starts, "
                    + "as serve does (serve --warm-up), before the clients come; 0 for a cold server (default: ${DEFAULT-VALUE}).")
    int serverWarmUp;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed of the parameters (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "120",
            description = "Seconds a response may take before it counts as an error (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--max-queries", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_QUERIES,
            description = "Without --url: graph queries the in-process server runs at once (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(names = "--quiet", description = "Do not report progress on standard error.")
    boolean quiet;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Consumer<String> log = line -> {
            if (!quiet) {
                err.println("chronograph: " + line);
                err.flush();
            }
        };
        LoadReport report;
        String where;
        try {
            if (clients < 1 || seconds < 1 || timeout < 1 || warmUp < 0 || serverWarmUp < 0) {
                throw new ChronographException("--clients, --seconds and --timeout must be at least 1, --warm-up and "
                        + "--server-warm-up at least 0");
            }
            LoadTest.Settings settings = new LoadTest.Settings(clients, Duration.ofSeconds(seconds), seed,
                    Duration.ofSeconds(timeout), Duration.ofSeconds(warmUp));
            if (url != null) {
                where = url.toString();
                report = LoadTest.run(url, token(), null, settings, log);
            } else {
                try (GraphConnection graph = GraphConnection.open(graphOptions.settings());
                     WebServer server = WebServer.start(graph, new ServerSettings(ServerSettings.DEFAULT_HOST, 0, null,
                             maxQueries, null, Duration.ofSeconds(serverWarmUp)), System.err)) {
                    where = graph.target() + " served in-process";
                    log.accept("load: reading names from " + graph.target());
                    report = LoadTest.run(server.uri(), null, Targets.of(graph), settings, log);
                    long[] kept = server.keptAnswerCounts();
                    log.accept("load: of " + (kept[0] + kept[1] + kept[2]) + " answers sent (304s aside), " + kept[0]
                            + " were kept answers of earlier identical requests, " + kept[1] + " shared the query of an "
                            + "identical request under way, " + kept[2] + " were queried");
                }
            }
        } catch (RuntimeException e) {
            return console.fail(e);
        }
        List<Table> tables = new ArrayList<>();
        tables.add(Table.of("Load test (" + clients + " clients, " + seconds + " s" + (warmUp > 0 ? " after a " + warmUp
                + " s warm-up" : "") + ", " + where + ")",
                LoadReport.columns(), report.rows()));
        tables.add(Table.of("Graph " + (report.graphUnchanged() ? "unchanged" : "CHANGED") + " by the load",
                List.of("count", "before", "after"), report.countRows()));
        Output.write(out, Format.TABLE, tables);
        report.errorExamples().forEach((path, what) -> out.println("error: GET " + path + ": " + what));
        out.println(report.json());
        out.flush();
        return report.errors() == 0 && report.graphUnchanged() ? 0 : 1;
    }

    private String token() {
        if (tokenFile != null) {
            try {
                return Files.readString(tokenFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new ChronographException("cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
            }
        }
        String fromEnv = System.getenv(ServerSettings.TOKEN_ENV);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }
}
