package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronograph.extract.EventDate;
import org.junit.jupiter.api.Test;

class AffiliationsTest {

    @Test
    void aJoinThenALeaveIsOneClosedStint() {
        List<String> stints = stints(move(null, "vela", "2019"), move("vela", "nimbus", "2022-05"));

        assertThat(stints).containsExactlyInAnyOrder("vela 2019..2022-05 false", "nimbus 2022-05..null true");
    }

    @Test
    void movesAreTakenInDateOrderWhateverOrderTheyCameIn() {
        List<String> stints = stints(move("vela", "nimbus", "2022-05"), move(null, "vela", "2019"));

        assertThat(stints).containsExactlyInAnyOrder("vela 2019..2022-05 false", "nimbus 2022-05..null true");
    }

    @Test
    void aJoinReportedTwiceIsOneStint() {
        assertThat(stints(move(null, "vela", "2019"), move(null, "vela", "2019-03")))
                .containsExactly("vela 2019..null true");
    }

    @Test
    void aLeaveWithoutAJoinHasNoStart() {
        assertThat(stints(move("vela", null, "2021"))).containsExactly("vela null..2021 false");
    }

    @Test
    void leavingAndComingBackIsTwoStints() {
        assertThat(stints(move(null, "vela", "2015"), move("vela", null, "2018"), move(null, "vela", "2021-Q2")))
                .containsExactly("vela 2015..2018 false", "vela 2021-Q2..null true");
    }

    @Test
    void undatedMovesOnlyTellWhetherTheStintIsCurrent() {
        assertThat(stints(move(null, "vela", null))).containsExactly("vela null..null true");
        assertThat(stints(move(null, "vela", null), move("vela", null, null))).containsExactly("vela null..null false");
        assertThat(stints(move(null, "vela", "2020"), move("vela", null, null))).containsExactly("vela 2020..null false");
    }

    private static Affiliations.MoveFact move(String from, String to, String date) {
        return new Affiliations.MoveFact("dana", from, to, date == null ? null : EventDate.of(date));
    }

    private static List<String> stints(Affiliations.MoveFact... moves) {
        return Affiliations.of(List.of(moves)).stream()
                .map(s -> s.org() + " " + (s.start() == null ? null : s.start().value()) + ".."
                        + (s.end() == null ? null : s.end().value()) + " " + s.current())
                .toList();
    }
}
