package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Entity profiles: names, affiliations, co-participants, moves and events. */
abstract class EntityContract {
    private EntityQuery entity;
    private GraphConnection graph;

    @BeforeEach
    void setUp(GraphConnection graph) {
        this.graph = graph;
        new GraphLoader(graph).loadAll(List.of(Stories.nimbusEnglish(), Stories.nimbusFrench(), Stories.helixPartnership()));
        entity = new EntityQuery(graph);
    }

    @Test
    void aCompanyProfileHasItsAliasesPeopleCoParticipantsAndEvents() {
        EntityProfile nimbus = entity.run("NIMBUS");

        assertThat(nimbus.key()).isEqualTo("nimbus-labs");
        assertThat(nimbus.type()).isEqualTo("Company");
        assertThat(nimbus.aliases()).containsExactly("Nimbus");
        assertThat(nimbus.articles()).isEqualTo(3);
        assertThat(nimbus.affiliations()).extracting(a -> a.person() + " " + a.period())
                .containsExactly("Dana Whitfield 2022-05 to now");
        assertThat(nimbus.coParticipants()).extracting(c -> c.name() + " " + c.events())
                .containsExactly("Helix Institute 1", "Orion-3 1");
        assertThat(nimbus.events()).extracting(TimelineEntry::type).containsExactly("FUNDING", "RELEASE", "PARTNERSHIP");
        assertThat(nimbus.moves()).extracting(MoveEntry::person).containsExactly("Dana Whitfield");
    }

    @Test
    void aPersonProfileHasTheirAffiliationsWithDates() {
        EntityProfile dana = entity.run("Dana Whitfield");

        assertThat(dana.type()).isEqualTo("Person");
        assertThat(dana.affiliations()).extracting(a -> a.org() + " " + a.period())
                .containsExactly("Vela Systems 2019 to 2022-05", "Nimbus Labs 2022-05 to now");
        assertThat(dana.moves()).hasSize(2);
        assertThat(dana.events()).isEmpty();
    }

    @Test
    void statsCountWhatWasLoaded() {
        GraphStats stats = GraphStats.fetch(graph);

        assertThat(stats.articles()).isEqualTo(3);
        assertThat(stats.entities()).isEqualTo(5);
        assertThat(stats.entities("Company")).isEqualTo(2);
        assertThat(stats.events()).isEqualTo(3);
        assertThat(stats.moves()).isEqualTo(2);
    }

    @Test
    void anUnknownEntityIsAnError() {
        assertThatThrownBy(() -> entity.run("Ghost Corp"))
                .isInstanceOf(ChronographException.class).hasMessage("no entity named 'Ghost Corp'");
    }
}
