package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chronograph.graph.FaultyProxy;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.Stories;
import org.chronograph.graph.TestGraph;
import org.chronograph.query.Explorations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** The JSON API and the page's files, served in-process on a free port over the {@link Explorations} graph. */
class ApiIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token-for-tests";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<AutoCloseable> closeAfter = new ArrayList<>();
    private WebServer server;
    private GraphConnection graph;

    @BeforeEach
    void setUp(GraphConnection graph) {
        this.graph = graph;
        new GraphLoader(graph).loadAll(Explorations.all());
        server = serve(graph, ServerSettings.local(0));
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : closeAfter.reversed()) {
            c.close();
        }
    }

    @Test
    void theTimelineEndpointFiltersByEntityNeighbourhoodTypeAndPeriod() throws Exception {
        JsonNode body = getJson("/api/timeline?entity=Corvid&neighbourhood=true&type=release,appointment&from=2025");

        assertThat(body.get("count").asInt()).isEqualTo(2);
        assertThat(body.get("events")).extracting(e -> e.get("date").asText() + " " + e.get("type").asText())
                .containsExactly("2025-01 RELEASE", "2025-03 APPOINTMENT");
        JsonNode report = body.get("events").get(0).get("reports").get(0);
        assertThat(report.get("sentence").asText()).isEqualTo("Talon-3 finally came out in January 2025.");
        assertThat(report.get("published").asText()).isEqualTo("2024-05-02");
    }

    @Test
    void theTimelineCanBePlacedOnPublicationDates() throws Exception {
        JsonNode body = getJson("/api/timeline?entity=Talon-2&basis=published");

        assertThat(body.get("events")).extracting(e -> e.get("date").asText()).containsExactly("2024-04", "2024-06");
    }

    @Test
    void timelineAndMovesComeInPagesThatSayWhetherThereIsMore() throws Exception {
        JsonNode all = getJson("/api/timeline");
        JsonNode first = getJson("/api/timeline?limit=2");
        JsonNode moves = getJson("/api/moves?limit=1");

        assertThat(all.get("more").asBoolean()).isFalse();
        assertThat(all.get("count").asInt()).isGreaterThan(2).isEqualTo(all.get("events").size());
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.get("count").asInt()).isEqualTo(2);
        assertThat(first.get("events")).extracting(e -> e.get("key").asText())
                .containsExactly(all.get("events").get(0).get("key").asText(), all.get("events").get(1).get("key").asText());
        assertThat(moves.get("moves")).hasSize(1);
        assertThat(moves.get("limit").asInt()).isEqualTo(1);
    }

    @Test
    void movesAndFlowsEndpointsTakeTheSameFilters() throws Exception {
        JsonNode moves = getJson("/api/moves?origin=Corvid%20Systems&to=2024-12");
        JsonNode flows = getJson("/api/flows?destination=corvid-systems");

        assertThat(moves.get("moves")).extracting(m -> m.get("person").asText() + " " + m.get("date").asText())
                .containsExactly("Jonas Brandt 2024-12");
        assertThat(flows.get("flows")).extracting(f -> f.get("from").asText() + " " + f.get("moves").asInt())
                .containsExactly("null 1", "Halden University 1");
    }

    @Test
    void careerRelatedConflictsEntityAndEntitiesEndpointsAnswer() throws Exception {
        assertThat(getJson("/api/career?person=Mira%20Castell").get("steps")).extracting(s -> s.get("org").asText())
                .containsExactly("Halden University", "Corvid Systems", "Pellucid AI");
        JsonNode related = getJson("/api/related?entity=Talon-3&relation=delay");
        assertThat(related.get("entity").get("name").asText()).isEqualTo("Talon-3");
        assertThat(related.get("neighbours")).extracting(n -> n.get("name").asText()).containsExactly("Corvid Systems");
        assertThat(getJson("/api/conflicts?strict").get("count").asInt()).isEqualTo(2);
        assertThat(getJson("/api/entity?name=pellucid").get("key").asText()).isEqualTo("pellucid-ai");
        assertThat(getJson("/api/entities?q=talon&limit=5").get("entities")).extracting(e -> e.get("name").asText())
                .containsExactlyInAnyOrder("Talon-2", "Talon-3");
        assertThat(getJson("/api/stats").get("events").asInt()).isEqualTo(9);
        assertThat(getJson("/api/vocabulary").get("relations").toString()).contains("affiliated", "release");
        assertThat(getJson("/api/").get("endpoints").has("/api/timeline")).isTrue();
    }

    @Test
    void theExportsAreATimelineJsDocumentAndGraphMl() throws Exception {
        JsonNode doc = getJson("/api/export/timelinejs?entity=Talon-2");
        HttpResponse<String> graphml = get("/api/export/graphml");

        assertThat(doc.get("events")).hasSize(2);
        assertThat(doc.get("events").get(0).get("start_date").get("month").asInt()).isEqualTo(4);
        assertThat(graphml.statusCode()).isEqualTo(200);
        assertThat(graphml.headers().firstValue("Content-Type")).hasValue("application/graphml+xml; charset=utf-8");
        assertThat(graphml.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(7 + 9 + 5 + 3);
    }

    @ParameterizedTest(name = "{0} -> 400 mentioning {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/timeline?from=March|'March'",
            "/api/timeline?type=gossip|'gossip'",
            "/api/timeline?entity=Corvid&neighborhood=true|unknown parameter 'neighborhood'",
            "/api/timeline?neighbourhood=maybe|not true or false",
            "/api/timeline?basis=tomorrow|'tomorrow'",
            "/api/timeline?from=2025&to=2024|after it ends",
            "/api/moves?from=2024-13|'2024-13'",
            "/api/related?entity=Corvid&limit=0|between 1 and",
            "/api/timeline?limit=20000|between 1 and",
            "/api/related?entity=Corvid&limit=ten|not a whole number",
            "/api/related?entity=Corvid&relation=enemies|'enemies'",
            "/api/related|missing parameter 'entity'",
            "/api/career?person=Corvid|not a person",
            "/api/entities?type=robot|'robot'",
            "/api/stats?verbose=1|takes none",
    })
    void badParametersAreA400WithAJsonError(String path, String message) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(message);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void badPercentEncodingIsA400WithoutAStackTrace() throws Exception {
        String response = raw("/api/timeline?entity=%E0%A4%A", "Host: localhost");

        assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource({"/api/timeline?entity=Nobody%20Atall", "/api/career?person=Ghost", "/api/related?entity=Ghost",
            "/api/nothing-here", "/api/export/nothing", "/nothing-here.js", "/vendor/nothing.mjs"})
    void unknownEntitiesAndPathsAreA404WithAJsonError(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} -> 400")
    @CsvSource({"/%2e%2e/pom.xml", "/vendor/../../pom.xml", "/api/../../pom.xml"})
    void pathsThatLeaveTheRootAreA400WithAJsonError(String path) throws Exception {
        String response = raw(path, "Host: localhost");

        assertThat(response).startsWith("HTTP/1.1 400").contains("\"status\":400").doesNotContain("<project", "\tat ");
    }

    @Test
    void anUnknownEntitySaysWhichName() throws Exception {
        assertThat(JSON.readTree(get("/api/moves?person=Nobody%20Atall").body()).get("error").asText())
                .isEqualTo("no entity named 'Nobody Atall'");
    }

    @Test
    void parametersReachCypherAsValuesNotAsCode() throws Exception {
        HttpResponse<String> injected = get("/api/timeline?entity=" + encode("x'}) MATCH (n) DETACH DELETE n //"));
        HttpResponse<String> braces = get("/api/entities?q=" + encode("\") RETURN 1 //"));

        assertThat(injected.statusCode()).isEqualTo(404);
        assertThat(braces.statusCode()).isEqualTo(200);
        assertThat(getJson("/api/stats").get("events").asInt()).isEqualTo(9);
    }

    @Test
    void anAnswerCarriesAnETagThatGivesNotModifiedUntilTheGraphChanges() throws Exception {
        HttpResponse<String> first = get("/api/timeline?entity=Corvid&from=2024");
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> reordered = get("/api/timeline?from=2024&entity=Corvid");
        HttpResponse<String> again = send(HttpRequest.newBuilder(local(server).resolve("/api/timeline?entity=Corvid&from=2024"))
                .header("If-None-Match", tag));
        HttpResponse<String> otherView = send(HttpRequest.newBuilder(local(server).resolve("/api/timeline?entity=Corvid"))
                .header("If-None-Match", tag));

        assertThat(tag).startsWith("W/\"");
        assertThat(reordered.headers().firstValue("ETag")).hasValue(tag);
        assertThat(reordered.body()).isEqualTo(first.body());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(otherView.statusCode()).isEqualTo(200);

        // When an article is loaded, and the server has looked at the graph's version again
        new GraphLoader(graph).load(Stories.nimbusEnglish());
        Thread.sleep(WebServer.VERSION_MAX_AGE.toMillis() + 200);

        HttpResponse<String> stats = send(HttpRequest.newBuilder(local(server).resolve("/api/stats"))
                .header("If-None-Match", get("/api/stats").headers().firstValue("ETag").orElseThrow()));
        HttpResponse<String> changed = send(HttpRequest.newBuilder(local(server).resolve("/api/timeline?entity=Corvid&from=2024"))
                .header("If-None-Match", tag));
        assertThat(stats.statusCode()).isEqualTo(304);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(tag);
        assertThat(changed.body()).isEqualTo(first.body());
    }

    @Test
    void aKeptAnswerIsSentAgainUntilTheGraphChanges() throws Exception {
        JsonNode before = getJson("/api/stats");
        JsonNode kept = getJson("/api/stats");
        new GraphLoader(graph).load(Stories.nimbusEnglish());
        Thread.sleep(WebServer.VERSION_MAX_AGE.toMillis() + 200);
        JsonNode after = getJson("/api/stats");

        assertThat(kept).isEqualTo(before);
        assertThat(after.get("articles").asInt()).isEqualTo(before.get("articles").asInt() + 1);
        assertThat(server.keptAnswerCounts()[0]).isPositive();
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/stats"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/stats"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void thePageAndItsLibrariesAreServedFromTheJarWithAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> timeline = get("/vendor/vis-timeline/standalone/esm/vis-timeline-graph2d.min.js");
        HttpResponse<String> cytoscape = get("/vendor/cytoscape/dist/cytoscape.esm.min.mjs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Chronograph</title>", "app.js").doesNotContain("https://", "http://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'", "script-src 'self'"));
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(cytoscape.statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestAddressedToAnotherHostIsRefusedWithoutAToken() throws Exception {
        assertThat(raw("/api/stats", "Host: attacker.example:" + server.port())).startsWith("HTTP/1.1 403");
        assertThat(raw("/api/stats", "Host: localhost:" + server.port())).startsWith("HTTP/1.1 200");
    }

    @Test
    void twoHundredConcurrentClientsAreAllAnswered() throws Exception {
        int clients = 200;
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                String path = i % 2 == 0 ? "/api/timeline?entity=Corvid&neighbourhood=true" : "/api/flows";
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try (HttpClient client = HttpClient.newHttpClient()) {
                        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(120)).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode();
                    } catch (IOException | InterruptedException e) {
                        return -1;
                    }
                }, threads));
            }
            assertThat(answers.stream().map(CompletableFuture::join).toList()).hasSize(clients).containsOnly(200);
        }
    }

    @Test
    void aFailingGraphIsA500WithoutAStackTraceForTheClient(TestGraph testGraph) throws Exception {
        GraphConnection closed = GraphConnection.open(GraphSettings.builder().uri(testGraph.uri()).build());
        closed.close();
        WebServer broken = serve(closed, ServerSettings.local(0));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(broken.uri().resolve("/api/timeline")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ", "org.neo4j");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("request /api/timeline failed", "\tat ");
    }

    @Test
    void aLostDatabaseIsA503(TestGraph testGraph) throws Exception {
        try (FaultyProxy proxy = new FaultyProxy(URI.create(testGraph.uri()).getPort());
             GraphConnection viaProxy = GraphConnection.open(GraphSettings.builder().uri(proxy.uri())
                     .retryTime(Duration.ofSeconds(2)).build())) {
            WebServer cut = serve(viaProxy, ServerSettings.local(0));
            proxy.refuseAlways();
            proxy.cutAll();

            HttpResponse<String> response = http.send(HttpRequest.newBuilder(cut.uri().resolve("/api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(response.body()).get("error").asText()).contains("unavailable");
        }
    }

    @Nested
    class WithAToken {
        private WebServer secured;

        @BeforeEach
        void serveWithAToken() {
            secured = serve(graph, new ServerSettings("0.0.0.0", 0, TOKEN, 4, null));
        }

        @Test
        void theApiAnswers401WithoutTheRightBearerToken() throws Exception {
            HttpResponse<String> none = send(null);
            HttpResponse<String> wrong = send("Bearer " + TOKEN + "x");
            HttpResponse<String> basic = send("Basic " + TOKEN);
            HttpResponse<String> right = send("Bearer " + TOKEN);

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(JSON.readTree(none.body()).get("error").asText()).contains("bearer token");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(basic.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        }

        @Test
        void thePageItselfNeedsNoToken() throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(local(secured).resolve("/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
        }

        private HttpResponse<String> send(String authorization) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(local(secured).resolve("/api/stats"));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private WebServer serve(GraphConnection connection, ServerSettings settings) {
        WebServer started = WebServer.start(connection, settings, new PrintStream(log, true, StandardCharsets.UTF_8));
        closeAfter.add(started);
        return started;
    }

    private static URI local(WebServer server) {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The whole response to a GET of {@code pathAndQuery} sent as is over a plain socket, with a Host header line. */
    private String raw(String pathAndQuery, String hostLine) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\n" + hostLine + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
