package org.chronograph.graph;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The graph contracts against the embedded Neo4j, reached over Bolt. */
class GraphEmbeddedIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    @Nested
    class Schema extends SchemaContract {
    }

    @Nested
    class Loading extends LoaderContract {
    }
}
