package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chronograph.extract.EntityType;
import org.chronograph.extract.EventType;
import org.chronograph.graph.Extractions;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paths between entities: shortest, step by step through shared events and moves, each step with its sentence. */
abstract class PathContract {
    private GraphLoader loader;
    private PathQuery paths;

    @BeforeEach
    void setUp(GraphConnection graph) {
        loader = new GraphLoader(graph);
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
                .event(EventType.RELEASE, "2024-09", "Quasar Labs released Quasar-1 in September 2024.",
                        "Quasar Labs", "maker", "Quasar-1", "model")
                .build());
        paths = new PathQuery(graph);
    }

    @Test
    void aPersonReachesTheModelOfTheCompanyTheyJoinedThroughTheMoveThenTheRelease() {
        // When
        EntityPath path = paths.run("Dana Whitfield", "Orion-3", 4);

        // Then: two steps, each with what links the two entities and the sentence that says so
        assertThat(path.found()).isTrue();
        assertThat(path.entities()).extracting(ResolvedEntity::name).containsExactly("Dana Whitfield", "Nimbus Labs", "Orion-3");
        EntityPath.Step move = path.steps().get(0);
        assertThat(move.link()).isEqualTo("MOVE 2022-05");
        assertThat(move.fromRole()).isEqualTo("moved");
        assertThat(move.toRole()).isEqualTo("joined");
        assertThat(move.mover()).isEqualTo("Dana Whitfield");
        assertThat(move.source().sentence()).isEqualTo("Whitfield left Vela for Nimbus Labs in May 2022.");
        assertThat(move.source().articleId()).isEqualTo("nimbus-en");
        EntityPath.Step release = path.steps().get(1);
        assertThat(release.link()).isEqualTo("RELEASE 2024-03");
        assertThat(release.fromRole()).isEqualTo("maker");
        assertThat(release.toRole()).isEqualTo("model");
        assertThat(release.mover()).isNull();
        assertThat(release.reports()).extracting(Report::articleId).containsExactlyInAnyOrder("nimbus-en", "helix");
    }

    @Test
    void twoOrganizationsAreLinkedByAPersonWhoLeftOneForTheOther() {
        EntityPath path = paths.run("Vela Systems", "Nimbus Labs", 4);

        assertThat(path.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo("MOVE");
            assertThat(step.mover()).isEqualTo("Dana Whitfield");
            assertThat(step.fromRole()).isEqualTo("left");
            assertThat(step.toRole()).isEqualTo("joined");
        });
    }

    @Test
    void theEndsAreFoundByAliasOrKeyAsWellAsByName() {
        EntityPath path = paths.run("whitfield", "nimbus", 4);

        assertThat(path.length()).isEqualTo(1);
        assertThat(path.entities()).extracting(ResolvedEntity::key).containsExactly("dana-whitfield", "nimbus-labs");
    }

    @Test
    void articlesAreNotStepsEvenWhenOneArticleNamesBothEnds() {
        // Given: the "helix" article names both Helix Institute and Orion-3, but no event involves both
        // When
        EntityPath path = paths.run("Helix Institute", "Orion-3", 4);

        // Then
        assertThat(path.entities()).extracting(ResolvedEntity::name).containsExactly("Helix Institute", "Nimbus Labs", "Orion-3");
        assertThat(path.steps()).extracting(EntityPath.Step::link).containsExactly("PARTNERSHIP 2024-06-10", "RELEASE 2024-03");
    }

    @Test
    void aPathLongerThanTheLimitIsNotFound() {
        assertThat(paths.run("Dana Whitfield", "Ravi Okafor", 2).found()).isFalse();
        EntityPath path = paths.run("Dana Whitfield", "Ravi Okafor", 3);
        assertThat(path.entities()).extracting(ResolvedEntity::name)
                .containsExactly("Dana Whitfield", "Nimbus Labs", "Helix Institute", "Ravi Okafor");
    }

    @Test
    void amongPathsOfTheSameLengthTheBestReportedWins() {
        // Given: a second Orion-3 release, dated April and reported by one article; the March one has two
        loader.load(Stories.orionOtherDate());

        // When
        EntityPath path = paths.run("Nimbus Labs", "Orion-3", 4);

        // Then
        assertThat(path.steps()).extracting(EntityPath.Step::link).containsExactly("RELEASE 2024-03");
    }

    @Test
    void entitiesWithNothingInCommonHaveNoPath() {
        EntityPath path = paths.run("Dana Whitfield", "Quasar-1", PathQuery.MAX_HOPS);

        assertThat(path.found()).isFalse();
        assertThat(path.entities()).isEmpty();
        assertThat(path.to().name()).isEqualTo("Quasar-1");
    }

    @Test
    void theSameEntityTwiceIsAPathOfNoSteps() {
        EntityPath path = paths.run("Nimbus Labs", "Nimbus", 4);

        assertThat(path.found()).isTrue();
        assertThat(path.entities()).extracting(ResolvedEntity::key).containsExactly("nimbus-labs");
        assertThat(path.steps()).isEmpty();
    }

    @Test
    void anUnknownNameOrAnOutOfRangeLimitIsAnError() {
        assertThatThrownBy(() -> paths.run("Dana Whitfield", "Nobody Known", 4))
                .isInstanceOf(UnknownEntityException.class).hasMessageContaining("no entity named 'Nobody Known'");
        assertThatThrownBy(() -> paths.run("Dana Whitfield", "Orion-3", 0)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> paths.run("Dana Whitfield", "Orion-3", PathQuery.MAX_HOPS + 1))
                .isInstanceOf(InvalidQueryException.class);
    }
}
