package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronograph.ChronographException;
import org.chronograph.extract.EntityType;
import org.chronograph.graph.Extractions;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paths between entities: shortest, through events, moves and affiliations only, within a number of steps. */
abstract class PathContract {
    private PathQuery paths;

    @BeforeEach
    void setUp(GraphConnection graph) {
        GraphLoader loader = new GraphLoader(graph);
        loader.load(Stories.nimbusEnglish());
        loader.load(Stories.helixPartnership());
        loader.load(Extractions.article("helix-hire", "en")
                .entity("Ravi Okafor", EntityType.Person)
                .entity("Helix Institute", EntityType.Organization)
                .move("Ravi Okafor", null, "Helix Institute", "2021", "Ravi Okafor joined the Helix Institute in 2021.")
                .build());
        loader.load(Extractions.article("quasar", "en")
                .entity("Quasar Labs", EntityType.Company)
                .entity("Quasar-1", EntityType.Model)
                .event(org.chronograph.extract.EventType.RELEASE, "2024-09", "Quasar Labs released Quasar-1 in September 2024.",
                        "Quasar Labs", "maker", "Quasar-1", "model")
                .build());
        paths = new PathQuery(graph);
    }

    @Test
    void aPersonReachesTheModelOfTheCompanyTheyJoinedThroughItsRelease() {
        EntityPath path = paths.run("Dana Whitfield", "Orion-3", 6);

        assertThat(path.found()).isTrue();
        assertThat(path.nodes()).extracting(EntityPath.Node::name)
                .containsExactly("Dana Whitfield", "Nimbus Labs", "RELEASE 2024-03", "Orion-3");
        assertThat(path.nodes().get(2).labels()).containsExactly("Event");
        assertThat(path.nodes().get(3).labels()).containsExactlyInAnyOrder("Entity", "Model");
        assertThat(path.relationships()).extracting(EntityPath.Link::type).containsExactly("AFFILIATED_WITH", "INVOLVES", "INVOLVES");
        assertThat(path.relationships().get(0).properties()).containsEntry("start", "2022-05").containsEntry("current", true);
        assertThat(path.relationships().get(0).from()).isEqualTo("dana-whitfield");
        assertThat(path.relationships()).extracting(l -> l.properties().get("role")).containsExactly(null, "maker", "model");
    }

    @Test
    void theEndsAreFoundByAliasOrKeyAsWellAsByName() {
        EntityPath path = paths.run("whitfield", "nimbus", 6);

        assertThat(path.length()).isEqualTo(1);
        assertThat(path.nodes()).extracting(EntityPath.Node::key).containsExactly("dana-whitfield", "nimbus-labs");
    }

    @Test
    void articlesAreNotStepsEvenWhenOneArticleNamesBothEnds() {
        EntityPath path = paths.run("Helix Institute", "Orion-3", 6);

        assertThat(path.length()).isEqualTo(4);
        assertThat(path.nodes()).flatExtracting(EntityPath.Node::labels).doesNotContain("Article", "Alias");
        assertThat(path.nodes()).extracting(EntityPath.Node::name)
                .containsExactly("Helix Institute", "PARTNERSHIP 2024-06-10", "Nimbus Labs", "RELEASE 2024-03", "Orion-3");
    }

    @Test
    void aPathLongerThanTheLimitIsNotFound() {
        assertThat(paths.run("Dana Whitfield", "Ravi Okafor", 3).found()).isFalse();
        assertThat(paths.run("Dana Whitfield", "Ravi Okafor", 4).length()).isEqualTo(4);
    }

    @Test
    void entitiesWithNothingInCommonHaveNoPath() {
        EntityPath path = paths.run("Dana Whitfield", "Quasar-1", PathQuery.MAX_HOPS);

        assertThat(path).isEqualTo(EntityPath.none());
        assertThat(path.length()).isZero();
    }

    @Test
    void theSameEntityTwiceIsAPathOfOneNode() {
        EntityPath path = paths.run("Nimbus Labs", "Nimbus", 6);

        assertThat(path.nodes()).extracting(EntityPath.Node::key).containsExactly("nimbus-labs");
        assertThat(path.relationships()).isEmpty();
    }

    @Test
    void anUnknownNameOrAnOutOfRangeLimitIsAnError() {
        assertThatThrownBy(() -> paths.run("Dana Whitfield", "Nobody Known", 6))
                .isInstanceOf(ChronographException.class).hasMessageContaining("no entity named 'Nobody Known'");
        assertThatThrownBy(() -> paths.run("Dana Whitfield", "Orion-3", 0)).isInstanceOf(ChronographException.class);
        assertThatThrownBy(() -> paths.run("Dana Whitfield", "Orion-3", PathQuery.MAX_HOPS + 1))
                .isInstanceOf(ChronographException.class);
    }
}
