package org.chronograph.cli;

import org.chronograph.graph.Neo4jExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The command contracts against the official {@code neo4j} Docker image; skipped when Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class CliDockerIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.docker();

    @Nested
    class Commands extends CliContract {
    }

    @Nested
    class Exploration extends ExplorationCliContract {
    }
}
