package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema is there after connecting, and applying it again changes nothing. */
abstract class SchemaContract {

    @Test
    void connectingCreatesTheUniquenessConstraints(GraphConnection graph) {
        assertThat(constraints(graph))
                .contains("entity_key", "alias_key", "article_id", "event_key", "move_key");
    }

    @Test
    void connectingCreatesTheEntitySearchIndexOnline(GraphConnection graph) {
        assertThat(graph.driver().executableQuery("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_search' RETURN state")
                .execute().records()).extracting(r -> r.get("state").asString()).containsExactly("ONLINE");
    }

    @Test
    void applyingTheSchemaTwiceIsHarmless(GraphConnection graph) {
        List<String> before = constraints(graph);

        assertThatCode(() -> {
            graph.applySchema();
            graph.applySchema();
        }).doesNotThrowAnyException();

        assertThat(constraints(graph)).isEqualTo(before);
    }

    private static List<String> constraints(GraphConnection graph) {
        return graph.driver().executableQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
    }
}
