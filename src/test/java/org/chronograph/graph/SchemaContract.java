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

    @Test
    void linksWrittenBeforeTheEntityTimelineIndexAreMigratedOnceAtOpen(GraphConnection graph) {
        // Given event links as a loader before the index wrote them (a role only), and no migration marked done
        graph.driver().executableQuery("""
                CREATE (a:Entity {key: 'mig-a', name: 'Mig A'}), (b:Entity {key: 'mig-b', name: 'Mig B'})
                CREATE (:Event {key: 'mig-1', type: 'RELEASE', sortDate: date('2021-05-01')})-[:INVOLVES {role: 'maker'}]->(a)
                CREATE (undated:Event {key: 'mig-2', type: 'DELAY'})-[:INVOLVES {role: 'maker'}]->(a)
                CREATE (undated)-[:INVOLVES {role: 'model'}]->(b)
                WITH 1 AS one
                OPTIONAL MATCH (state:GraphState {key: 'graph'})
                REMOVE state.involvesTimeline""").execute();

        // When the graph is opened again (the schema and migrations applied), twice
        graph.applySchema();
        graph.applySchema();

        // Then each link has its entity's key and its event's sort date (none when undated), the index has them, and
        // the migration is marked done
        assertThat(graph.driver().executableQuery("""
                MATCH (event:Event)-[r:INVOLVES]->(entity:Entity) WHERE event.key STARTS WITH 'mig-'
                RETURN event.key + '>' + r.entity + '@' + coalesce(toString(r.sortDate), '-') + '/' + r.role AS link
                ORDER BY link""").execute().records()).extracting(r -> r.get("link").asString())
                .containsExactly("mig-1>mig-a@2021-05-01/maker", "mig-2>mig-a@-/maker", "mig-2>mig-b@-/model");
        assertThat(graph.driver().executableQuery("SHOW INDEXES YIELD name, state, entityType, properties "
                        + "WHERE name = 'involves_timeline' RETURN state, entityType, properties").execute().records())
                .singleElement().satisfies(r -> {
                    assertThat(r.get("state").asString()).isEqualTo("ONLINE");
                    assertThat(r.get("entityType").asString()).isEqualTo("RELATIONSHIP");
                    assertThat(r.get("properties").asList(v -> v.asString())).containsExactly("entity", "sortDate");
                });
        assertThat(graph.driver().executableQuery("MATCH (s:GraphState {key: 'graph'}) RETURN s.involvesTimeline AS done")
                .execute().records()).extracting(r -> r.get("done").asBoolean()).containsExactly(true);
    }

    private static List<String> constraints(GraphConnection graph) {
        return graph.driver().executableQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
    }
}
