package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.chronograph.web.ServerSettings;
import org.chronograph.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

/**
 * Hostile names ({@code x'}) DETACH DELETE n //}, NUL, very long names, bidi and zero-width characters, Cypher
 * keywords) in article text, metadata and file names, as the argument of every command and as every parameter of
 * every API endpoint: they are stored and looked up as data, and the graph is intact afterwards.
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

    /** The hostile arguments every command gets (the others go to the name lookups only). */
    static final List<String> CORE = List.of(CLASSIC, HOSTILE.get(1), CLAUSE, HOSTILE.get(3),
            "a\u0000b", "Evil\u202ECorp", "x\n}) DETACH DELETE n", "x".repeat(100_000));

    /** Every command that takes a name, a filter or a type, with {@code %s} where the hostile value goes. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("timeline", "%s"), List.of("timeline", "--from", "%s"), List.of("timeline", "--type", "%s"),
            List.of("timeline", "--by", "%s"),
            List.of("moves", "--person", "%s"), List.of("moves", "--org", "%s"), List.of("moves", "--origin", "%s"),
            List.of("moves", "--from", "%s"), List.of("flows", "--destination", "%s"),
            List.of("entity", "%s"), List.of("career", "%s"), List.of("conflicts", "%s"),
            List.of("entities", "%s"), List.of("entities", "--type", "%s"),
            List.of("related", "%s"), List.of("related", CLAUSE, "--relation", "%s"),
            List.of("path", "%s", "Quarzel Labs"), List.of("path", CLAUSE, "%s"), List.of("path", CLAUSE, "Quarzel Labs", "--max-hops", "%s"),
            List.of("related", CLAUSE, "--limit", "%s"),
            List.of("export", "timelinejs", "%s"), List.of("stats"));

    /** Every API parameter, by route. */
    static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("timeline", List.of("entity", "neighbourhood", "from", "to", "type", "basis", "limit")),
            Map.entry("moves", List.of("person", "origin", "destination", "org", "from", "to", "limit")),
            Map.entry("flows", List.of("person", "org")),
            Map.entry("career", List.of("person")),
            Map.entry("related", List.of("entity", "relation", "limit")),
            Map.entry("conflicts", List.of("entity", "strict")),
            Map.entry("entity", List.of("name")),
            Map.entry("path", List.of("from", "to", "maxHops")),
            Map.entry("entities", List.of("q", "type", "limit")),
            Map.entry("stats", List.of("x")),
            Map.entry("export/timelinejs", List.of("entity", "type")));

    @Test
    void hostileNamesInArticlesAndInEveryCommandLeaveTheGraphIntact(TestGraph graph) throws Exception {
        // Given articles whose file name, metadata and entity names are Cypher fragments
        List<String> before = ingestHostileCorpus(graph);

        // When every command gets the main hostile arguments, and the name lookups get all of them (four at a time)
        List<List<String>> runs = new ArrayList<>();
        for (String hostile : HOSTILE) {
            for (List<String> command : CORE.contains(hostile) ? COMMANDS : List.of(List.of("entity", "%s"), List.of("timeline", "%s"))) {
                List<String> args = new ArrayList<>(command.stream().map(a -> a.equals("%s") ? hostile : a).toList());
                args.addAll(List.of("--uri", graph.uri()));
                runs.add(args);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> report = new ArrayList<>();
        try {
            List<Future<Cli>> results = new ArrayList<>();
            for (List<String> args : runs) {
                results.add(pool.submit(() -> Cli.runIsolated(args.toArray(String[]::new))));
            }
            for (int i = 0; i < runs.size(); i++) {
                Cli cli = results.get(i).get(2, TimeUnit.MINUTES);
                String what = String.join(" ", runs.get(i).subList(0, Math.min(3, runs.get(i).size())));
                // Then each answers or refuses on one line, without a stack trace
                assertThat(cli.exitCode()).as(what + "\n" + cli.err()).isIn(0, 1, 2);
                assertThat(cli.err().lines().count()).as(cli.err()).isLessThanOrEqualTo(cli.exitCode() == 2 ? 3 : 1);
                BadInputCliIT.assertNoStackTrace(cli.err());
                assertThat(cli.err()).doesNotContain("\u202E", "\u200B", "\u0000");
                report.add(runs.get(i).get(0) + " " + cli.exitCode());
            }
        } finally {
            pool.shutdownNow();
        }

        // And the graph is exactly what it was
        assertThat(graph.dump()).isEqualTo(before);
        assertThat(report).contains("entity 0", "timeline 0", "career 1", "stats 0", "path 0", "path 1");
    }

    @Test
    void hostileNamesThroughEveryApiEndpointLeaveTheGraphIntact(TestGraph graph) throws Exception {
        List<String> before = ingestHostileCorpus(graph);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<Integer, Integer> statuses = new TreeMap<>();

        try (WebServer server = WebServer.start(graph.connection(), ServerSettings.local(0), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            List<String> values = new ArrayList<>(HOSTILE.stream().filter(h -> h.length() < 1_000).toList());
            values.add("x".repeat(5_000));
            for (String hostile : values) {
                String encoded = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
                for (Map.Entry<String, List<String>> endpoint : ENDPOINTS.entrySet()) {
                    for (String param : endpoint.getValue()) {
                        statuses.merge(get(http, server, "api/" + endpoint.getKey() + "?" + param + "=" + encoded), 1, Integer::sum);
                    }
                }
                // a path needs both ends: the hostile value at one end, or as the limit, with a real entity
                String clause = URLEncoder.encode(CLAUSE, StandardCharsets.UTF_8);
                for (String query : List.of("from=" + encoded + "&to=Quarzel+Labs", "from=" + clause + "&to=" + encoded,
                        "from=" + clause + "&to=Quarzel+Labs&maxHops=" + encoded)) {
                    statuses.merge(get(http, server, "api/path?" + query), 1, Integer::sum);
                }
                // hostile route names and parameter names too
                statuses.merge(get(http, server, "api/" + encoded), 1, Integer::sum);
                statuses.merge(get(http, server, "api/timeline?" + encoded + "=1"), 1, Integer::sum);
            }
        }

        assertThat(statuses.keySet()).as("statuses %s; server log: %s", statuses, log).isSubsetOf(200, 400, 404);
        assertThat(statuses).containsKeys(200, 400, 404);
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
        assertThat(graph.dump()).isEqualTo(before);
    }

    private static int get(HttpClient http, WebServer server, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + pathAndQuery)).timeout(Duration.ofSeconds(30)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Ingests the hostile corpus, checks that it is stored as data, and returns the graph's dump. */
    private List<String> ingestHostileCorpus(TestGraph graph) throws IOException {
        Cli ingest = Cli.run("ingest", corpus().toString(), "--lexicon", lexicon().toString(), "--threads", "1",
                "--uri", graph.uri());

        // stored as data (an id too long for the index is one reported failure)
        BadInputCliIT.assertNoStackTrace(ingest.err());
        assertThat(ingest.exitCode()).as(ingest.err()).isIn(0, 2);
        assertThat(ingest.err().lines().filter(l -> l.startsWith("chronograph: ") && !l.contains("input(s) failed")))
                .allSatisfy(l -> assertThat(l).contains("feed.jsonl:3"));
        assertThat(strings(graph, "ids")).contains(CLASSIC.replace("/", "_") + ".md", "') MATCH (n) DETACH DELETE n //", "$id");
        assertThat(strings(graph, "titles")).contains(CLASSIC, "{key}", "ab $key {key}");
        assertThat(strings(graph, "names")).contains(CLAUSE, "RETURN Labs", "Sarah Okafor");
        List<String> dump = graph.dump();
        assertThat(dump).hasSizeGreaterThan(20);
        return dump;
    }

    @Test
    void entitiesNamedLikeCypherAreFoundByTheirNames(TestGraph graph) throws IOException {
        ingestHostileCorpus(graph);

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
