package org.chronograph.query;

import org.chronograph.graph.Neo4jExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The query contracts against the official {@code neo4j} Docker image; skipped when Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class QueryDockerIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.docker();

    @Nested
    class Timeline extends TimelineContract {
    }

    @Nested
    class Moves extends MovesContract {
    }

    @Nested
    class Entities extends EntityContract {
    }

    @Nested
    class Exploration extends ExplorationContract {
    }

    @Nested
    class Paths extends PathContract {
    }

    @Nested
    class CoMentionsOf extends CoMentionContract {
    }

    @Nested
    class Search extends SearchContract {
    }

    @Nested
    class Curating extends CurationContract {
    }
}
