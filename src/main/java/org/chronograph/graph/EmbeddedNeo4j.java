package org.chronograph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.chronograph.ChronographException;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.NullLogProvider;

/**
 * The embedded Neo4j server: a store in a local directory, listening for Bolt on localhost only.
 * Data never goes through this class: callers reach the database with the driver at {@link #boltUri()}.
 * On start it writes its Bolt port to {@value #PORT_FILE} in the data directory, so that a second process
 * that finds the store locked can connect to this one instead (see {@link #runningPort(Path)}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** Name of the file, in the data directory, that holds the Bolt port of the process that owns the store. */
    public static final String PORT_FILE = "bolt.port";

    /**
     * Environment variable that sets the page cache of the embedded database, in MB (default: sized from the store,
     * see {@link EmbeddedPageCache#bytes}).
     */
    public static final String PAGE_CACHE_ENV = "CHRONOGRAPH_PAGE_CACHE_MB";

    /**
     * Lucene (behind the full-text index) tells through java.util.logging, on standard error, that the JDK's vector
     * module is not enabled: a notice for every command, not a problem. Kept here so the setting is not collected.
     */
    private static final java.util.logging.Logger LUCENE_NOTICES =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_NOTICES.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Path dataDir;
    private final int port;
    private final DatabaseManagementService dbms;
    private boolean closed;
    private CacheWarmUp warmUp;

    private EmbeddedNeo4j(Path dataDir, int port, DatabaseManagementService dbms) {
        this.dataDir = dataDir;
        this.port = port;
        this.dbms = dbms;
    }

    /**
     * Starts the database in {@code dataDir} (created when missing).
     *
     * @param boltPort port for Bolt on localhost, {@code 0} for a free one
     * @param auth     when true, the database asks for credentials; the first start with auth sets
     *                 {@code username}'s password to {@code password}
     * @param resetPassword with auth, set {@code username}'s password to {@code password} even when it has one (the
     *                 password was just generated for this data directory)
     * @throws StoreLockedException when another process has the store open
     * @throws ChronographException when the database cannot start
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, boolean auth, String username, String password,
                                      boolean resetPassword) {
        if (auth && (password == null || password.isEmpty())) {
            throw new ChronographException("the embedded database with auth needs a password");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new ChronographException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        int port = boltPort == 0 ? freePort() : boltPort;
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setUserLogProvider(NullLogProvider.getInstance())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, EmbeddedPageCache.bytes(System.getenv(PAGE_CACHE_ENV), dataDir))
                    .build();
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreLockedException(dataDir, e);
            }
            throw new ChronographException("cannot start the embedded database in " + dataDir + ": " + rootMessage(e), e);
        }
        EmbeddedNeo4j embedded = new EmbeddedNeo4j(dataDir, port, dbms);
        try {
            if (auth) {
                embedded.ensureUser(username, password, resetPassword);
            }
            Files.writeString(dataDir.resolve(PORT_FILE), Integer.toString(port), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            embedded.close();
            throw new ChronographException("cannot prepare the embedded database in " + dataDir + ": " + rootMessage(e), e);
        }
        return embedded;
    }

    /**
     * The Bolt port written by the process that has the store in {@code dataDir} open, if any.
     * The file may be stale when that process died; connecting then fails and says so.
     */
    public static OptionalInt runningPort(Path dataDir) {
        Path file = dataDir.resolve(PORT_FILE);
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** True when something accepts TCP connections on {@code localhost:port} within half a second. */
    static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code bolt://localhost:PORT}. */
    public String boltUri() {
        return "bolt://localhost:" + port;
    }

    public int boltPort() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Open Bolt connections: once this process closed its own driver, those of other processes sharing the store. */
    public int boltConnections() {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.executeTransactionally(CypherFiles.get("admin-connections"), Map.of(),
                result -> ((Number) result.next().get("connections")).intValue());
    }

    /**
     * Starts reading the store into the page cache on a background thread (once; later calls return the same
     * warm-up). See {@link CacheWarmUp}.
     */
    public synchronized CacheWarmUp warmPageCache() {
        if (warmUp == null && !closed) {
            warmUp = new CacheWarmUp(stop -> EmbeddedPageCache.warm(dbms, stop));
        }
        return warmUp;
    }

    /** Shuts the database down and removes the port file; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (warmUp != null) {
            warmUp.stop();
        }
        try {
            Path file = dataDir.resolve(PORT_FILE);
            if (runningPort(dataDir).orElse(-1) == port) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a stale port file is harmless: the next start overwrites it
        }
        dbms.shutdown();
    }

    /**
     * Creates the user, or sets the password of one that still has to change it (first start with auth), or of any
     * when {@code reset}.
     */
    private void ensureUser(String username, String password, boolean reset) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("user", username, "password", password);
        Boolean changeRequired = system.executeTransactionally(CypherFiles.get("admin-user-state"), params,
                result -> result.hasNext() ? (Boolean) result.next().get("changeRequired") : null);
        if (changeRequired == null) {
            system.executeTransactionally(CypherFiles.get("admin-create-user"), params);
        } else if (changeRequired || reset) {
            system.executeTransactionally(CypherFiles.get("admin-set-password"), params);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ChronographException("cannot find a free port for Bolt: " + e.getMessage(), e);
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (name.contains("FileLock") || name.contains("OverlappingFileLock") || message.contains("lock file")
                    || message.contains("locked by another")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The store is open in another process (or another part of this one). */
    public static final class StoreLockedException extends ChronographException {
        private static final long serialVersionUID = 1L;

        StoreLockedException(Path dataDir, Throwable cause) {
            super("the data directory " + dataDir + " is in use by another process", cause);
        }
    }
}
