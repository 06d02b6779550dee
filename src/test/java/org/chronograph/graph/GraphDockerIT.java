package org.chronograph.graph;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The graph contracts against the official {@code neo4j} Docker image; skipped when Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class GraphDockerIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.docker();

    @Nested
    class Schema extends SchemaContract {
    }

    @Nested
    class Loading extends LoaderContract {
    }
}
