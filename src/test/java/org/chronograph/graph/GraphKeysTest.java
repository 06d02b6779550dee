package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;
import org.junit.jupiter.api.Test;

class GraphKeysTest {

    @Test
    void anEventKeyIgnoresParticipantOrderAndDateModifier() {
        String a = GraphKeys.event(EventType.RELEASE, List.of("nimbus", "orion"), new EventDate("2024", "MID"));
        String b = GraphKeys.event(EventType.RELEASE, List.of("orion", "nimbus", "orion"), EventDate.of("2024"));

        assertThat(a).isEqualTo(b).hasSize(32);
    }

    @Test
    void anEventKeyDependsOnTypeParticipantsAndDate() {
        String base = GraphKeys.event(EventType.RELEASE, List.of("nimbus"), EventDate.of("2024-03"));

        assertThat(GraphKeys.event(EventType.DELAY, List.of("nimbus"), EventDate.of("2024-03"))).isNotEqualTo(base);
        assertThat(GraphKeys.event(EventType.RELEASE, List.of("helix"), EventDate.of("2024-03"))).isNotEqualTo(base);
        assertThat(GraphKeys.event(EventType.RELEASE, List.of("nimbus"), EventDate.of("2024-04"))).isNotEqualTo(base);
        assertThat(GraphKeys.event(EventType.RELEASE, List.of("nimbus"), null)).isNotEqualTo(base);
    }

    @Test
    void aMoveKeyTellsLeavingFromJoining() {
        assertThat(GraphKeys.move("dana", "vela", null, null)).isNotEqualTo(GraphKeys.move("dana", null, "vela", null));
    }
}
