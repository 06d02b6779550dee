package org.chronograph.query;

import org.junit.jupiter.api.Nested;

/**
 * Every query contract, run against the Neo4j a subclass registers ({@code @RegisterExtension static final
 * Neo4jExtension NEO4J}): {@link QueryEmbeddedIT} the embedded one, {@link QueryDockerIT} the official Docker image.
 */
abstract class QueryContracts {
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
