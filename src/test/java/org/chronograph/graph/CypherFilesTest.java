package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;

class CypherFilesTest {

    @Test
    void aFileIsReadOnceAndCached() {
        assertThat(CypherFiles.get("timeline")).contains("MATCH (event:Event)").isSameAs(CypherFiles.get("timeline"));
    }

    @Test
    void aMissingFileIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> CypherFiles.get("no-such-query"))
                .isInstanceOf(ChronographException.class)
                .hasMessageContaining("cypher/no-such-query.cypher");
    }

    @Test
    void theSchemaSplitsIntoIdempotentStatementsWithoutComments() {
        List<String> statements = CypherFiles.statements("schema");

        assertThat(statements).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(s -> assertThat(s).contains("IF NOT EXISTS").doesNotContain(";").doesNotStartWith("//"));
    }
}
