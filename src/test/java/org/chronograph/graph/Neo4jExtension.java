package org.chronograph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts one Neo4j per test JVM (the embedded one in a temporary directory, or the official Docker image
 * through Testcontainers), reached over Bolt by the driver, and wipes its data before each test.
 * Register it in a test class with {@code @RegisterExtension static final Neo4jExtension NEO4J = Neo4jExtension.embedded();};
 * tests and {@code @BeforeEach} methods then take a {@link TestGraph} or {@link GraphConnection} parameter.
 */
public final class Neo4jExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** System property naming the Docker image (default {@value #DEFAULT_IMAGE}). */
    public static final String IMAGE_PROPERTY = "chronograph.it.neo4j-image";
    static final String DEFAULT_IMAGE = "neo4j:2026.08.1";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Neo4jExtension.class);

    private final boolean docker;

    private Neo4jExtension(boolean docker) {
        this.docker = docker;
    }

    /** The embedded Neo4j of this project, in a temporary data directory. */
    public static Neo4jExtension embedded() {
        return new Neo4jExtension(false);
    }

    /** The official {@code neo4j} Docker image; pair with {@code @Testcontainers(disabledWithoutDocker = true)}. */
    public static Neo4jExtension docker() {
        return new Neo4jExtension(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestGraph graph = server(context).graph;
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestGraph.class || type == GraphConnection.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        TestGraph graph = server(context).graph;
        return parameter.getParameter().getType() == TestGraph.class ? graph : graph.connection();
    }

    private Server server(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        String key = docker ? "docker" : "embedded";
        return store.getOrComputeIfAbsent(key, k -> docker ? Server.docker() : Server.embedded(), Server.class);
    }

    /** A running database, closed when the test JVM's root context closes. */
    static final class Server implements AutoCloseable {
        final TestGraph graph;
        private final Neo4jContainer<?> container;

        private Server(TestGraph graph, Neo4jContainer<?> container) {
            this.graph = graph;
            this.container = container;
        }

        static Server embedded() {
            try {
                Path dir = Files.createTempDirectory("chronograph-it-");
                // without auth: the contracts also run against a container without it, and reach it by URI alone
                GraphConnection connection = GraphConnection.open(GraphSettings.builder().dataDir(dir).auth(false).build());
                String uri = "bolt://localhost:" + EmbeddedNeo4j.runningPort(dir).orElseThrow();
                return new Server(new TestGraph(connection, uri, dir), null);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a temporary directory", e);
            }
        }

        static Server docker() {
            Neo4jContainer<?> container = new Neo4jContainer<>(
                    DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE)).asCompatibleSubstituteFor("neo4j"))
                    .withoutAuthentication();
            container.start();
            GraphConnection connection = GraphConnection.open(GraphSettings.builder().uri(container.getBoltUrl()).build());
            return new Server(new TestGraph(connection, container.getBoltUrl(), null), container);
        }

        @Override
        public void close() throws IOException {
            graph.connection().close();
            if (container != null) {
                container.stop();
            }
            if (graph.dataDir() != null) {
                deleteTree(graph.dataDir());
            }
        }
    }

    /** Deletes a directory and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
