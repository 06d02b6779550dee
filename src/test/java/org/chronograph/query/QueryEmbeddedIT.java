package org.chronograph.query;

import org.chronograph.graph.Neo4jExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The query contracts ({@link QueryContracts}) against the embedded Neo4j, reached over Bolt. */
class QueryEmbeddedIT extends QueryContracts {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();
}
