package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.chronograph.extract.EntityType;
import org.chronograph.graph.Extractions;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Stories;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The query commands end to end, against a database reached by {@code --uri}. */
abstract class CliContract {
    private static final String LONG_SENTENCE = "In September 2023, after five years at Nimbus Labs, Ravi Okafor left "
            + "to lead the \"frontier models\" group of the Helix Institute.";
    private String uri;

    @BeforeEach
    void setUp(TestGraph graph) {
        uri = graph.uri();
        new GraphLoader(graph.connection()).loadAll(List.of(Stories.nimbusEnglish(), Stories.nimbusFrench(),
                Stories.helixPartnership(), Extractions.article("hires", "en")
                        .entity("Ravi Okafor", EntityType.Person)
                        .entity("Nimbus Labs", EntityType.Company)
                        .entity("Helix Institute", EntityType.Organization)
                        .move("Ravi Okafor", "Nimbus Labs", "Helix Institute", "2023-09", LONG_SENTENCE)
                        .build()));
    }

    @Test
    void timelinePrintsAnAlignedTableInDateOrder() {
        Cli cli = Cli.run("timeline", "--uri", uri);

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        List<String> lines = cli.lines();
        assertThat(lines.get(0)).startsWith("date").contains("participants", "article", "sentence");
        assertThat(lines.get(1)).startsWith("----");
        assertThat(lines.subList(2, lines.size())).extracting(line -> line.split("\\s+")[0])
                .containsExactly("2023", "2024-03", "2024-06-10");
        assertThat(lines.get(3)).contains("RELEASE", "Nimbus Labs (maker); Orion-3 (model)");
        assertThat(lines.get(3).indexOf("RELEASE")).isEqualTo(lines.get(2).indexOf("FUNDING"));
    }

    @Test
    void timelineFiltersByEntityPeriodAndType() {
        Cli cli = Cli.run("timeline", "Helix Institute", "--from", "2024", "--to", "2024-12", "--type", "partnership",
                "--uri", uri, "--format", "csv");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.lines()).hasSize(2);
        assertThat(cli.lines().get(1)).startsWith("2024-06-10,DAY,,PARTNERSHIP,");
    }

    @Test
    void jsonKeepsTheFullSentencesThatTheTableCuts() throws Exception {
        Cli table = Cli.run("moves", "--org", "Helix Institute", "--uri", uri);
        Cli json = Cli.run("moves", "--org", "Helix Institute", "--uri", uri, "--format", "json");

        assertThat(table.out()).doesNotContain(LONG_SENTENCE).contains("...");
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.get(0).get("person").asText()).isEqualTo("Ravi Okafor");
        assertThat(rows.get(0).get("sentence").asText()).isEqualTo(LONG_SENTENCE);
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() {
        Cli cli = Cli.run("moves", "--person", "Ravi Okafor", "--uri", uri, "-f", "CSV");

        assertThat(cli.out()).isEqualTo("person,from,to,date,precision,article,sentence\r\n"
                + "Ravi Okafor,Nimbus Labs,Helix Institute,2023-09,MONTH,hires,\""
                + LONG_SENTENCE.replace("\"", "\"\"") + "\"\r\n");
    }

    @Test
    void entityPrintsOneMarkdownSectionPerPart() {
        Cli cli = Cli.run("entity", "nimbus", "--uri", uri, "--format", "markdown");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.lines()).contains("### entity", "| name | Nimbus Labs |", "| aliases | Nimbus |",
                "### affiliations", "### shares events with", "### moves", "### events");
        assertThat(cli.out()).contains("| Dana Whitfield | Nimbus Labs | 2022-05 |  | true |");
    }

    @Test
    void statsPrintsTheCounts() {
        Cli cli = Cli.run("stats", "--uri", uri, "--format", "json");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("\"articles\" : 4", "\"entities.Person\" : 2", "\"events\" : 3", "\"moves\" : 3");
    }

    @Test
    void anUnknownEntityIsOneLineOnStandardErrorAndExitCodeOne() {
        Cli cli = Cli.run("entity", "Nobody Atall", "--uri", uri);

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("chronograph: no entity named 'Nobody Atall'" + System.lineSeparator());
    }

    @Test
    void aBadTypeIsOneLineOnStandardError() {
        Cli cli = Cli.run("timeline", "--type", "gossip", "--uri", uri);

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err().lines()).hasSize(1);
        assertThat(cli.err()).contains("not an event type: 'gossip'");
    }
}
