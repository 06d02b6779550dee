package org.chronograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chronograph.graph.EmbeddedPassword;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chronograph bolt}: serves the embedded database over Bolt until Ctrl-C and says how to connect to it (URI,
 * user, where the password is, and the lines for cypher-shell, Neo4j Browser or Desktop and a driver). When another
 * process already has the data directory open, says how to reach that one and ends.
 */
@Command(name = "bolt", mixinStandardHelpOptions = true,
        description = {"Serve the embedded database over Bolt (on localhost) until Ctrl-C, and print how to connect to it:",
                "the URI, the user, where the password is, and how to connect cypher-shell, Neo4j Browser or Desktop, or",
                "another driver. Use --bolt-port for a fixed port. When another Chronograph process already has the data",
                "directory open, prints how to reach that one and ends."})
final class BoltCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graphOptions;

    @Mixin
    OutputOptions output;

    @Option(names = "--show-password", description = "Also print the password itself (it is otherwise only named by its file).")
    boolean showPassword;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        GraphSettings settings;
        try {
            settings = graphOptions.settings();
        } catch (RuntimeException e) {
            return console.fail(e);
        }
        try (GraphConnection graph = GraphConnection.open(settings)) {
            Access access = Access.of(settings, graph);
            if (output.format() == Format.TABLE) {
                out.print(access.instructions(showPassword));
            } else {
                output.write(out, List.of(Table.record(null, access.fields(showPassword))));
            }
            out.flush();
            if (graph.ownsEmbedded()) {
                awaitCtrlC();
            }
            return 0;
        } catch (RuntimeException e) {
            return console.fail(e);
        }
    }

    /** Blocks until the JVM shuts down (Ctrl-C, SIGTERM); the connection's own hook then stops the database. */
    private static void awaitCtrlC() {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "chronograph-bolt-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How to reach the database.
     *
     * @param uri          the Bolt URI
     * @param user         the user name, or {@code null} when the database asks for no credentials
     * @param passwordFile the file holding the generated password, or {@code null} when the password came from
     *                     NEO4J_PASSWORD or --password-file (or there is none)
     * @param password     the password, or {@code null}
     * @param served       who serves it, for the first line
     * @param owned        true when this process serves it until Ctrl-C
     */
    record Access(String uri, String user, Path passwordFile, String password, String served, boolean owned) {

        static Access of(GraphSettings settings, GraphConnection graph) {
            if (!settings.embedded()) {
                return new Access(graph.uri(), settings.username(), null, settings.password(),
                        "an external Neo4j server (nothing to serve: connect to it directly)", false);
            }
            Path dataDir = settings.dataDir();
            Optional<String> generated = EmbeddedPassword.read(dataDir);
            boolean auth = graph.ownsEmbedded() ? settings.auth() : settings.password() != null || generated.isPresent();
            String password = settings.password() != null ? settings.password() : generated.orElse(null);
            Path file = settings.password() == null && generated.isPresent() ? EmbeddedPassword.file(dataDir) : null;
            String served = graph.ownsEmbedded()
                    ? "the embedded database in " + dataDir + ", served by this process until Ctrl-C"
                    : "the embedded database in " + dataDir + ", served by the Chronograph process that has it open "
                            + "(reachable while that process runs)";
            return new Access(graph.uri(), auth ? settings.username() : null, auth ? file : null, auth ? password : null,
                    served, graph.ownsEmbedded());
        }

        Map<String, Object> fields(boolean showPassword) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("uri", uri);
            fields.put("user", user);
            fields.put("authentication", user != null);
            fields.put("passwordFile", passwordFile == null ? null : passwordFile.toString());
            if (showPassword) {
                fields.put("password", password);
            }
            fields.put("served", served);
            return fields;
        }

        /** The text a person reads: where it is, and a line per kind of client. */
        String instructions(boolean showPassword) {
            StringBuilder text = new StringBuilder();
            text.append("Neo4j over Bolt: ").append(served).append('\n');
            text.append("  URI       ").append(uri).append('\n');
            if (user == null) {
                text.append("  auth      none (started with --no-auth: any local process can read and write the graph)\n");
            } else {
                text.append("  user      ").append(user).append('\n');
                text.append("  password  ").append(passwordLine(showPassword)).append('\n');
            }
            String pass = passwordShell(showPassword);
            text.append('\n');
            if (user == null) {
                text.append("cypher-shell           cypher-shell -a ").append(uri).append('\n');
                text.append("Neo4j Browser/Desktop  connect URL ").append(uri).append(", authentication: none\n");
                text.append("another driver         URI ").append(uri).append(", no authentication\n");
            } else {
                text.append("cypher-shell           cypher-shell -a ").append(uri).append(" -u ").append(user)
                        .append(" -p ").append(pass).append('\n');
                text.append("Neo4j Browser/Desktop  connect URL ").append(uri).append(", username/password: ").append(user)
                        .append(" and the password above (Desktop: Add > Remote connection)\n");
                text.append("another driver         URI ").append(uri).append(", basic auth ").append(user)
                        .append(" and the password above; e.g. Python: GraphDatabase.driver(\"").append(uri)
                        .append("\", auth=(\"").append(user).append("\", PASSWORD))\n");
            }
            if (owned) {
                text.append("\nCtrl-C stops the database; other Chronograph commands on the same --data use it meanwhile.\n");
            }
            return text.toString();
        }

        private String passwordLine(boolean showPassword) {
            if (showPassword && password != null) {
                return password;
            }
            if (passwordFile != null) {
                return "in " + passwordFile + " (readable by you only; --show-password prints it)";
            }
            return password == null ? "none" : "the one in NEO4J_PASSWORD or --password-file";
        }

        private String passwordShell(boolean showPassword) {
            if (showPassword && password != null) {
                return "'" + password.replace("'", "'\\''") + "'";
            }
            if (passwordFile != null) {
                return "\"$(cat '" + passwordFile.toString().replace("'", "'\\''") + "')\"";
            }
            return "\"$NEO4J_PASSWORD\"";
        }
    }
}
