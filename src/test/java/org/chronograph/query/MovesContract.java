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

/** Who moved where: order and filters by person and organization. */
abstract class MovesContract {
    private MovesQuery moves;

    @BeforeEach
    void setUp(GraphConnection graph) {
        GraphLoader loader = new GraphLoader(graph);
        loader.load(Stories.nimbusEnglish());
        loader.load(Extractions.article("hires", "en")
                .entity("Ravi Okafor", EntityType.Person)
                .entity("Nimbus Labs", EntityType.Company)
                .entity("Helix Institute", EntityType.Organization)
                .move("Ravi Okafor", "Nimbus Labs", "Helix Institute", "2023-09",
                        "Ravi Okafor left Nimbus Labs for the Helix Institute in September 2023.")
                .move("Ravi Okafor", null, "Nimbus Labs", null, "Ravi Okafor had worked at Nimbus Labs.")
                .build());
        moves = new MovesQuery(graph);
    }

    @Test
    void movesComeInDateOrderWithUndatedOnesLast() {
        assertThat(lines(moves.run(null, null))).containsExactly(
                "Dana Whitfield: - -> Vela Systems 2019",
                "Dana Whitfield: Vela Systems -> Nimbus Labs 2022-05",
                "Ravi Okafor: Nimbus Labs -> Helix Institute 2023-09",
                "Ravi Okafor: - -> Nimbus Labs ");
    }

    @Test
    void aPersonFilterKeepsTheirMovesWhateverNameTheyAreGivenBy() {
        assertThat(lines(moves.run("whitfield", null))).containsExactly(
                "Dana Whitfield: - -> Vela Systems 2019",
                "Dana Whitfield: Vela Systems -> Nimbus Labs 2022-05");
    }

    @Test
    void anOrganizationFilterKeepsMovesFromAndToIt() {
        assertThat(lines(moves.run(null, "Nimbus Labs"))).containsExactly(
                "Dana Whitfield: Vela Systems -> Nimbus Labs 2022-05",
                "Ravi Okafor: Nimbus Labs -> Helix Institute 2023-09",
                "Ravi Okafor: - -> Nimbus Labs ");
        assertThat(lines(moves.run("Ravi Okafor", "Helix Institute"))).containsExactly(
                "Ravi Okafor: Nimbus Labs -> Helix Institute 2023-09");
    }

    @Test
    void aMoveCarriesTheSentenceThatReportsIt() {
        MoveEntry move = moves.run(null, "Helix Institute").get(0);

        assertThat(move.source().articleId()).isEqualTo("hires");
        assertThat(move.source().sentence()).isEqualTo("Ravi Okafor left Nimbus Labs for the Helix Institute in September 2023.");
    }

    @Test
    void anUnknownPersonIsAnError() {
        assertThatThrownBy(() -> moves.run("Nobody Atall", null))
                .isInstanceOf(ChronographException.class).hasMessage("no entity named 'Nobody Atall'");
    }

    private static List<String> lines(List<MoveEntry> entries) {
        return entries.stream().map(m -> m.person() + ": " + (m.from() == null ? "-" : m.from()) + " -> "
                + (m.to() == null ? "-" : m.to()) + " " + m.dateText()).toList();
    }
}
