package org.chronograph.query;

import org.chronograph.graph.Neo4jExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The query contracts ({@link QueryContracts}) against the official {@code neo4j} Docker image; skipped when Docker is
 * not available.
 */
@Testcontainers(disabledWithoutDocker = true)
class QueryDockerIT extends QueryContracts {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.docker();
}
