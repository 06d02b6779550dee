package org.chronograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.chronograph.web.ServerSettings;
import org.chronograph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chronograph serve [--host H] [--port P] [--token-file FILE]}: the web page and JSON API until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web page (timeline, who moved where, graph explorer) and the JSON API (/api/...) until Ctrl-C.",
                "Listens on 127.0.0.1 unless --host says otherwise; any other address needs a bearer token (env "
                        + ServerSettings.TOKEN_ENV + " or --token-file), which API requests must send as 'Authorization: Bearer TOKEN'."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, with a token).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the bearer token (else env " + ServerSettings.TOKEN_ENV + "); at least "
                    + ServerSettings.MIN_TOKEN_LENGTH + " characters.")
    Path tokenFile;

    @Option(names = "--max-queries", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_MAX_QUERIES,
            description = "Graph queries that run at once; more requests wait (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(names = "--warm-up", paramLabel = "S", defaultValue = "" + ServerSettings.DEFAULT_WARM_UP_SECONDS,
            description = "Before serving, run every read query on names drawn from the graph for at most S seconds, so "
                    + "that the first visitors find the query plans compiled and the page cache filled; 0 skips it "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--web-dir", paramLabel = "DIR", hidden = true,
            description = "Serve the page's files from DIR first, read on every request (for working on src/main/web).")
    Path webDir;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        try {
            ServerSettings settings = settings(System.getenv());
            try (GraphConnection graph = GraphConnection.open(graphOptions.settings())) {
                WebServer server = WebServer.start(graph, settings, System.err);
                CountDownLatch stopped = new CountDownLatch(1);
                Thread hook = new Thread(() -> {
                    server.close();
                    stopped.countDown();
                }, "chronograph-serve-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                out.println("chronograph: serving " + graph.target() + " on " + server.uri() + " (Ctrl-C to stop)");
                if (settings.needsToken()) {
                    out.println("chronograph: API requests need 'Authorization: Bearer TOKEN'; in the browser, open "
                            + server.uri() + "#token=TOKEN");
                }
                out.flush();
                stopped.await();
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (RuntimeException e) {
            return console.fail(e);
        }
    }

    /**
     * The server settings from the options and the environment.
     *
     * @throws ChronographException when the token file cannot be read, or the settings are refused
     */
    ServerSettings settings(Map<String, String> env) {
        if (warmUp < 0) {
            throw new ChronographException("--warm-up must be at least 0 seconds, not " + warmUp);
        }
        return new ServerSettings(host, port, token(env), maxQueries, webDir, java.time.Duration.ofSeconds(warmUp));
    }

    private String token(Map<String, String> env) {
        if (tokenFile != null) {
            try {
                return Files.readString(tokenFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new ChronographException("cannot read the token file " + tokenFile + ": " + e.getMessage(), e);
            }
        }
        String fromEnv = env.get(ServerSettings.TOKEN_ENV);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }
}
