package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

/**
 * Hostile names ({@code x'}) DETACH DELETE n //}, NUL, very long names, bidi and zero-width characters, Cypher
 * keywords) in article text, metadata and file names, and as the argument of every command: they are stored and
 * looked up as data, and the graph is intact afterwards.
 */
class InjectionIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    static final String CLASSIC = "x'}) DETACH DELETE n //";
    static final String CLAUSE = "MATCH (n) DETACH DELETE n";

    /** Arguments a user (or an attacker driving the CLI) may pass where a name is expected. */
    static final List<String> HOSTILE = List.of(
            CLASSIC,
            "x\"}) DETACH DELETE n //",
            CLAUSE,
            "') RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
            "`x` }) CALL { MATCH (n) DETACH DELETE n } //",
            "$key",
            "{key: 'x'}",
            "\u0000",
            "a\u0000b",
            "Evil\u202ECorp",
            "Open\u200BMind",
            "x\n}) DETACH DELETE n",
            "RETURN", "DELETE", "MATCH", "null", "NULL", "true",
            "\\u0027) DETACH DELETE n //",
            "-", "",
            "é".repeat(50_000),
            "x".repeat(100_000));

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve(CLASSIC.replace("/", "_") + ".md"), "---\n"
                + "title: \"" + CLASSIC + "\"\n"
                + "url: \"https://example.org/" + CLASSIC.replace(" ", "%20") + "\"\n"
                + "lang: en\n"
                + "date: 2025-02-03\n"
                + "---\n\n"
                + "Sarah Okafor left Quarzel Labs in May 2024 and joined " + CLAUSE + ".\n\n"
                + CLAUSE + " acquired Evil\u202ECorp in June 2024.\n\n"
                + "Open\u200BMind released RETURN Labs in July 2024; the note " + CLASSIC + " is just text.\n",
                StandardCharsets.UTF_8);
        String longId = "id-" + "x".repeat(40_000);
        Files.writeString(in.resolve("feed.jsonl"),
                "{\"id\": \"') MATCH (n) DETACH DELETE n //\", \"lang\": \"en\", \"title\": \"a\\u0000b $key {key}\", "
                        + "\"url\": \"javascript:alert(1)\", \"published\": \"2024'}) DELETE n\", "
                        + "\"text\": \"David Lindgren joined " + CLAUSE + " in March 2023.\"}\n"
                        + "{\"id\": \"$id\", \"lang\": \"en\", \"title\": \"{key}\", "
                        + "\"text\": \"Maria Castell left RETURN Labs in April 2022.\"}\n"
                        + "{\"id\": \"" + longId + "\", \"lang\": \"en\", \"title\": \"long id\", "
                        + "\"text\": \"Kevin Ashdown joined Quarzel Labs in May 2021.\"}\n",
                StandardCharsets.UTF_8);
        return in;
    }

    private Path lexicon() throws IOException {
        return Files.writeString(dir.resolve("lexicon.tsv"), "Company\tQuarzel Labs\n"
                + "Company\t" + CLAUSE + "\n"
                + "Company\tEvil\u202ECorp\n"
                + "Company\tOpen\u200BMind\n"
                + "Company\tRETURN Labs\n", StandardCharsets.UTF_8);
    }

    @Test
    void hostileNamesInArticlesAndInEveryCommandLeaveTheGraphIntact(TestGraph graph) throws IOException {
        // Given articles whose file name, metadata and entity names are Cypher fragments
        Cli ingest = Cli.run("ingest", corpus().toString(), "--lexicon", lexicon().toString(), "--threads", "1",
                "--uri", graph.uri());

        // Then they are stored as data (an id too long for the index is one reported failure)
        BadInputCliIT.assertNoStackTrace(ingest.err());
        assertThat(ingest.exitCode()).as(ingest.err()).isIn(0, 2);
        assertThat(ingest.err().lines().filter(l -> l.startsWith("chronograph: ") && !l.contains("input(s) failed")))
                .allSatisfy(l -> assertThat(l).contains("feed.jsonl:3"));
        assertThat(strings(graph, "ids"))
                .contains(CLASSIC.replace("/", "_") + ".md", "') MATCH (n) DETACH DELETE n //", "$id");
        assertThat(strings(graph, "titles")).contains(CLASSIC, "{key}", "ab $key {key}");
        assertThat(strings(graph, "names")).contains(CLAUSE, "RETURN Labs", "Sarah Okafor");
        List<String> before = graph.dump();
        assertThat(before).hasSizeGreaterThan(20);

        // When every query command gets every hostile argument
        List<String> report = new ArrayList<>();
        for (String hostile : HOSTILE) {
            for (String[] args : List.of(new String[] {"timeline", hostile}, new String[] {"moves", "--person", hostile},
                    new String[] {"moves", "--org", hostile}, new String[] {"entity", hostile},
                    new String[] {"timeline", "--from", hostile}, new String[] {"timeline", "--type", hostile})) {
                String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--uri", graph.uri()))
                        .toArray(String[]::new);
                Cli cli = Cli.run(full);
                // Then each answers or refuses on one line, without a stack trace
                assertThat(cli.exitCode()).as(String.join(" ", args) + "\n" + cli.err()).isIn(0, 1, 2);
                assertThat(cli.err().lines().count()).as(cli.err()).isLessThanOrEqualTo(cli.exitCode() == 2 ? 3 : 1);
                BadInputCliIT.assertNoStackTrace(cli.err());
                assertThat(cli.err()).doesNotContain("\u202E", "\u200B", "\u0000");
                report.add(args[0] + " " + cli.exitCode());
            }
        }
        assertThat(Cli.run("stats", "--uri", graph.uri()).exitCode()).isZero();

        // And the graph is exactly what it was
        assertThat(graph.dump()).isEqualTo(before);
        assertThat(report).contains("entity 0", "timeline 0");
    }

    @Test
    void entitiesNamedLikeCypherAreFoundByTheirNames(TestGraph graph) throws IOException {
        Cli.run("ingest", corpus().toString(), "--lexicon", lexicon().toString(), "--threads", "1", "--uri", graph.uri());

        Cli entity = Cli.run("entity", CLAUSE, "--uri", graph.uri(), "--format", "json");
        Cli timeline = Cli.run("timeline", CLAUSE, "--uri", graph.uri(), "--format", "json");
        Cli moves = Cli.run("moves", "--org", CLAUSE, "--uri", graph.uri(), "--format", "json");

        assertThat(entity.exitCode()).as(entity.err()).isZero();
        assertThat(entity.out()).contains("\"name\" : \"" + CLAUSE + "\"", "\"type\" : \"Company\"");
        assertThat(timeline.out()).contains("ACQUISITION");
        assertThat(moves.out()).contains("Sarah Okafor", "David Lindgren");
        Cli hidden = Cli.run("entity", "Evil\u202ECorp", "--uri", graph.uri());
        assertThat(hidden.exitCode()).as(hidden.err()).isZero();
        assertThat(hidden.out()).contains("Evil\\u202ECorp").doesNotContain("\u202E");
    }

    /** Article ids ({@code ids}), article titles ({@code titles}) or entity names ({@code names}). */
    private static List<String> strings(TestGraph graph, String which) {
        Record r = graph.run("test-names", Map.of()).get(0);
        return r.get(which).asList(v -> v.asString(null));
    }
}
