package org.chronograph.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.util.OptionalInt;
import org.chronograph.ChronographException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * An open graph: one driver, and the embedded database behind it when no URI was given.
 * All reads and writes go through {@link #driver()}. Closing closes the driver, then the embedded database
 * (after other processes that share it are done); a JVM shutdown hook does the same at once on Ctrl-C.
 */
public final class GraphConnection implements AutoCloseable {
    /** How long closing waits for other processes that use the embedded database through its port file. */
    static final Duration MAX_WAIT_FOR_OTHERS = Duration.ofMinutes(10);

    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final String target;
    private final String uri;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private final Thread shutdownHook;

    private GraphConnection(Driver driver, EmbeddedNeo4j embedded, String uri, String target) {
        this.driver = driver;
        this.embedded = embedded;
        this.uri = uri;
        this.target = target;
        this.shutdownHook = new Thread(() -> {
            shutDown.set(true);
            closeQuietly(false);
        }, "chronograph-graph-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Opens the graph the settings name: starts the embedded database when there is no URI (or, when another
     * process holds its store, connects to that process over Bolt), checks connectivity, and applies the schema.
     *
     * @throws ChronographException with a one-line message when the server is unreachable, refuses the
     *                              credentials, or the store is locked by a process that cannot be reached
     */
    public static GraphConnection open(GraphSettings settings) {
        if (!settings.embedded()) {
            Driver driver = connect(settings.uri(), settings, "Neo4j at " + settings.uri());
            return ready(new GraphConnection(driver, null, settings.uri(), settings.uri()));
        }
        GraphConnection running = openRunningIfAnswering(settings);
        if (running != null) {
            return running;
        }
        EmbeddedNeo4j embedded;
        GraphSettings owner = settings;
        try {
            boolean resetPassword = false;
            if (settings.auth() && settings.password() == null) {
                EmbeddedPassword.Password generated = EmbeddedPassword.readOrCreate(settings.dataDir());
                owner = withPassword(settings, generated.value());
                resetPassword = generated.created();
            }
            embedded = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort(), settings.auth(),
                    owner.username(), owner.password(), resetPassword);
        } catch (EmbeddedNeo4j.StoreLockedException locked) {
            return openRunning(settings, locked);
        }
        try {
            Driver driver = connect(embedded.boltUri(), owner, "the embedded database");
            return ready(new GraphConnection(driver, embedded, embedded.boltUri(),
                    embedded.boltUri() + " (embedded, " + settings.dataDir() + ")"));
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /** The one driver of this connection; do not close it. */
    public Driver driver() {
        return driver;
    }

    /**
     * Starts reading the embedded database's store into its page cache in the background, for a process that will
     * answer many queries (a server, a benchmark); empty when this process does not run the database (an external
     * server, or the embedded one of another process, which manage their own cache).
     */
    public Optional<CacheWarmUp> warmPageCache() {
        return embedded == null ? Optional.empty() : Optional.ofNullable(embedded.warmPageCache());
    }

    /** True when this process runs the embedded database itself. */
    public boolean ownsEmbedded() {
        return embedded != null;
    }

    /** The Bolt or Neo4j URI the driver connects to (for the embedded database, {@code bolt://localhost:PORT}). */
    public String uri() {
        return uri;
    }

    /** What this connection talks to, for messages: a URI, and the data directory for the embedded database. */
    public String target() {
        return target;
    }

    /**
     * True when the JVM is shutting down (Ctrl-C, SIGTERM) and its hook closed this connection: whatever fails
     * after that failed because of the shutdown, not because of the input.
     */
    public boolean shutDown() {
        return shutDown.get();
    }

    /**
     * Re-applies {@code cypher/schema.cypher}; each statement is idempotent, also when another client applies the
     * schema at the same moment (its {@code IF NOT EXISTS} then loses the race: the rule exists, which is the point).
     * Then applies the data migrations the graph still needs ({@link GraphMigrations}), and waits for new indexes to
     * be filled from the nodes already there (the full-text index on a graph loaded before it existed).
     */
    public void applySchema() {
        try {
            for (String statement : CypherFiles.statements("schema")) {
                try {
                    driver.executableQuery(statement).execute();
                } catch (ClientException e) {
                    if (!createdMeanwhile(e)) {
                        throw e;
                    }
                }
            }
            GraphMigrations.apply(driver, target, System.err);
            driver.executableQuery(CypherFiles.get("schema-await")).execute();
        } catch (Neo4jException e) {
            throw new ChronographException("cannot apply the schema on " + target + ": " + e.getMessage(), e);
        }
    }

    private static boolean createdMeanwhile(ClientException e) {
        String code = e.code() == null ? "" : e.code();
        return code.startsWith("Neo.ClientError.Schema.") && code.endsWith("AlreadyExists");
    }

    /**
     * Closes the driver, then the embedded database; safe to call twice. When other processes reached the
     * embedded database through its port file and are still connected, waits for them to finish first, for at most
     * {@link #MAX_WAIT_FOR_OTHERS} (saying so on standard error after a second): stopping the database would cut
     * them off in the middle of their work. Ctrl-C during the wait stops the database at once.
     */
    @Override
    public void close() {
        closeQuietly(true);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run
        }
    }

    private void closeQuietly(boolean waitForOthers) {
        if (!closed.compareAndSet(false, true)) {
            if (!waitForOthers && embedded != null) {
                embedded.close(); // Ctrl-C while close() waits for other processes
            }
            return;
        }
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                if (waitForOthers) {
                    awaitOtherProcesses();
                }
                embedded.close();
            }
        }
    }

    private void awaitOtherProcesses() {
        long noticeAt = System.nanoTime() + 1_000_000_000L;
        long deadline = System.nanoTime() + MAX_WAIT_FOR_OTHERS.toNanos();
        boolean told = false;
        while (!shutDown.get() && System.nanoTime() < deadline) {
            int connections;
            try {
                connections = embedded.boltConnections();
            } catch (RuntimeException e) {
                return;
            }
            if (connections == 0) {
                return;
            }
            if (!told && System.nanoTime() > noticeAt) {
                // the graph stage has no other channel to the user; this is the one notice it gives
                System.err.println("chronograph: waiting for " + connections + " connection(s) of other processes using "
                        + embedded.dataDir() + " to close before stopping its database (at most "
                        + MAX_WAIT_FOR_OTHERS.toMinutes() + " minutes; Ctrl-C stops it now)");
                System.err.flush();
                told = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Connects to the process whose port file is in the data directory when that port answers, which saves
     * the seconds Neo4j takes to find its store locked; {@code null} when there is no such process.
     */
    private static GraphConnection openRunningIfAnswering(GraphSettings settings) {
        OptionalInt port = EmbeddedNeo4j.runningPort(settings.dataDir());
        if (port.isEmpty() || !EmbeddedNeo4j.answers(port.getAsInt())) {
            return null;
        }
        String uri = "bolt://localhost:" + port.getAsInt();
        try {
            Driver driver = connect(uri, clientOf(settings), "the database running on " + settings.dataDir());
            return ready(new GraphConnection(driver, null, uri, sharedTarget(uri, settings)));
        } catch (ChronographException e) {
            if (e.getCause() instanceof SecurityException) {
                throw e; // it answers, and refuses these credentials: starting another database cannot help
            }
            return null;
        }
    }

    /**
     * The credentials for the embedded database another process runs on the data directory: the password given, else
     * the one generated in the data directory (none when it has none: that database was started without auth).
     */
    private static GraphSettings clientOf(GraphSettings settings) {
        if (settings.password() != null) {
            return settings;
        }
        return EmbeddedPassword.read(settings.dataDir()).map(p -> withPassword(settings, p)).orElse(settings);
    }

    private static GraphSettings withPassword(GraphSettings settings, String password) {
        return new GraphSettings(settings.uri(), settings.username(), password, settings.dataDir(), settings.boltPort(),
                settings.auth(), settings.retryTime());
    }

    private static String sharedTarget(String uri, GraphSettings settings) {
        return uri + " (shared with the process that has " + settings.dataDir() + " open)";
    }

    /**
     * Connects to the process that holds the store; when it is still starting (no port file yet, or a port that
     * does not answer yet), waits for it up to the retry time.
     */
    private static GraphConnection openRunning(GraphSettings settings, EmbeddedNeo4j.StoreLockedException locked) {
        long deadline = System.nanoTime() + settings.retryTime().toNanos();
        OptionalInt port = EmbeddedNeo4j.runningPort(settings.dataDir());
        while ((port.isEmpty() || !EmbeddedNeo4j.answers(port.getAsInt())) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            port = EmbeddedNeo4j.runningPort(settings.dataDir());
        }
        if (port.isEmpty()) {
            throw locked;
        }
        String uri = "bolt://localhost:" + port.getAsInt();
        Driver driver;
        try {
            driver = connect(uri, clientOf(settings), "the database running on " + settings.dataDir());
        } catch (ChronographException e) {
            if (e.getCause() instanceof SecurityException) {
                throw e;
            }
            throw new ChronographException(locked.getMessage() + ", and its Bolt port " + port.getAsInt()
                    + " does not answer (" + e.getMessage() + ")", e);
        }
        return ready(new GraphConnection(driver, null, uri, sharedTarget(uri, settings)));
    }

    private static GraphConnection ready(GraphConnection connection) {
        try {
            connection.applySchema();
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static Driver connect(String uri, GraphSettings settings, String what) {
        AuthToken token = settings.password() == null
                ? AuthTokens.none()
                : AuthTokens.basic(settings.username(), settings.password());
        Config config = Config.builder().withLogging(Logging.none())
                .withMaxTransactionRetryTime(settings.retryTime().toMillis(), TimeUnit.MILLISECONDS).build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, token, config);
        } catch (IllegalArgumentException e) {
            throw new ChronographException("not a Neo4j URI: '" + uri + "' (" + e.getMessage() + ")", e);
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new ChronographException(what + " refused the credentials of user '" + settings.username() + "'"
                    + (settings.embedded() ? " (its password is in " + EmbeddedPassword.file(settings.dataDir())
                    + " unless NEO4J_PASSWORD or --password-file set another)" : ""), e);
        } catch (SecurityException e) {
            driver.close();
            throw new ChronographException("cannot connect securely to " + what + ": " + firstLine(e.getMessage()), e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new ChronographException("cannot reach " + what + " (" + uri + "): " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            driver.close();
            throw new ChronographException("cannot connect to " + what + " (" + uri + "): " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse(message);
    }
}
