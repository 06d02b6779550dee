package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.TestGraph;
import org.chronograph.query.Explorations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The exploration commands end to end on {@link Explorations}, against a database reached by {@code --uri}. */
abstract class ExplorationCliContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private String uri;

    @BeforeEach
    void setUp(TestGraph graph) {
        uri = graph.uri();
        new GraphLoader(graph.connection()).loadAll(Explorations.all());
    }

    @Test
    void timelineWithTheNeighbourhoodOnPublicationDates() {
        Cli cli = Cli.run("timeline", "Corvid", "--neighbourhood", "--by", "published", "--from", "2025", "--type",
                "release,appointment", "--uri", uri, "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.lines()).extracting(line -> line.split(",")[0] + " " + line.substring(line.lastIndexOf(',') + 1))
                .containsExactly("date reported", "2025-03 2025-03-10", "2024-06 2025-03-15");
    }

    @Test
    void movesByOriginAndPeriod() {
        Cli cli = Cli.run("moves", "--origin", "Corvid", "--from", "2025", "--uri", uri, "--format", "csv");

        assertThat(cli.lines()).hasSize(3).element(1).asString().startsWith("Jonas Brandt,Corvid Systems,Pellucid AI,2025-01,");
    }

    @Test
    void flowsPrintOrganizationsWithCountsAndPeople() {
        Cli cli = Cli.run("flows", "--uri", uri);

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.lines()).containsExactly(
                "from               to              moves  people",
                "-----------------  --------------  -----  ------------------------------------------------------------",
                "Corvid Systems     Pellucid AI     3      Jonas Brandt (2024-12); Jonas Brandt (2025-01); Mira Cast...",
                "?                  Corvid Systems  1      Jonas Brandt (2020)",
                "Halden University  Corvid Systems  1      Mira Castell (2021-09)");
    }

    @Test
    void careerPrintsTheStintsInOrder() {
        Cli cli = Cli.run("career", "Castell", "--uri", uri, "--format", "markdown");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.lines()).contains("### career of Mira Castell",
                "| organization | type | start | end | current | article | sentence | sources |");
        assertThat(cli.out()).containsSubsequence("| Halden University |", "| Corvid Systems | Company | 2021-09 | 2025-02 | false |",
                "| Pellucid AI | Company | 2025-02 |  | true |");
    }

    @Test
    void careerOfACompanyIsOneLineOnStandardError() {
        Cli cli = Cli.run("career", "Corvid", "--uri", uri);

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("chronograph: 'Corvid Systems' is a Company, not a person" + System.lineSeparator());
    }

    @Test
    void relatedPrintsNeighboursByRelationAsJson() throws Exception {
        Cli cli = Cli.run("related", "Pellucid AI", "--relation", "moved", "--uri", uri, "--format", "json");

        JsonNode rows = JSON.readTree(cli.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("name").asText()).isEqualTo("Corvid Systems");
        assertThat(rows.get(0).get("direction").asText()).isEqualTo("in");
        assertThat(rows.get(0).get("count").asInt()).isEqualTo(3);
    }

    @Test
    void conflictsPrintOneRowPerDateAndSource() {
        Cli cli = Cli.run("conflicts", "--strict", "--uri", uri, "--format", "csv");

        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.lines()).hasSize(5);
        assertThat(cli.lines().get(0)).isEqualTo("conflict,type,participants,disjoint,date,article,published,sentence");
        assertThat(cli.lines().get(1)).startsWith("1,RELEASE,").contains(",true,2024-04,corvid-models,2024-05-02,");
        assertThat(cli.lines().get(2)).startsWith("1,RELEASE,").contains(",true,2024-06,corvid-recap-fr,2025-03-15,");
    }

    @Test
    void pathPrintsEachStepWithWhatLinksTheTwoAndTheSentence() {
        // When: Halden University and Jonas Brandt share no event, but Mira Castell left Halden for Corvid,
        // where Brandt worked
        Cli cli = Cli.run("path", "Halden University", "Brandt", "--uri", uri, "--format", "csv");

        // Then
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.lines()).hasSize(3);
        assertThat(cli.lines().get(0)).isEqualTo("step,from,link,to,article,sentence,sources");
        assertThat(cli.lines().get(1)).isEqualTo("1,Halden University (left),MOVE 2021-09 of Mira Castell,"
                + "Corvid Systems (joined),corvid-people,Mira Castell left Halden University for Corvid Systems in September 2021.,1");
        assertThat(cli.lines().get(2)).matches("2,Corvid Systems \\((left|joined)\\),MOVE 20[0-9-]+,Jonas Brandt \\(moved\\),.*");
    }

    @Test
    void pathTooLongForMaxHopsIsNoneAndAnUnknownNameIsOneLineOnStandardError() {
        Cli tooFar = Cli.run("path", "Halden University", "Brandt", "--max-hops", "1", "--uri", uri);
        Cli unknown = Cli.run("path", "Halden University", "Nobody Atall", "--uri", uri);

        assertThat(tooFar.exitCode()).as(tooFar.err()).isZero();
        assertThat(tooFar.lines()).containsExactly("no path from Halden University to Jonas Brandt in 1 step", "(none)");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("chronograph: no entity named 'Nobody Atall'" + System.lineSeparator());
    }

    @Test
    void entitiesFindsByPartOfAName() {
        Cli cli = Cli.run("entities", "TALON", "--uri", uri, "--format", "csv");

        assertThat(cli.lines()).hasSize(3).allMatch(line -> line.startsWith("name,") || line.startsWith("Talon-"));
    }

    @Test
    void exportWritesATimelineJsFileAndGraphMlToStandardOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("corvid.json");
        Cli timeline = Cli.run("export", "timelinejs", "Corvid", "-n", "-o", file.toString(), "--uri", uri);
        Cli graphml = Cli.run("export", "graphml", "--uri", uri);

        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.err()).contains("wrote " + file);
        JsonNode doc = JSON.readTree(Files.readString(file));
        assertThat(doc.get("title").get("text").get("headline").asText()).isEqualTo("Chronograph: Corvid");
        assertThat(doc.get("events")).hasSize(9);
        assertThat(graphml.exitCode()).as(graphml.err()).isZero();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(graphml.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("edge").getLength()).isPositive();
    }
}
