package org.chronograph.cli;

import org.chronograph.graph.Neo4jExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The command contracts against the embedded Neo4j, reached over Bolt with {@code --uri}. */
class CliEmbeddedIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    @Nested
    class Commands extends CliContract {
    }

    @Nested
    class Exploration extends ExplorationCliContract {
    }
}
