package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.graph.CoMentionStories;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Neo4jExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API routes of the analyst's workbench, served in-process over {@link CoMentionStories}: search, "did you mean"
 * on a 404, entity pages, co-mentions, undated events, and the curation actions (POST, JSON only, same origin, behind
 * the token when there is one).
 */
class WorkbenchApiIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "s3cret-token-for-tests";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<WebServer> servers = new ArrayList<>();
    private WebServer server;
    private GraphConnection graph;

    @BeforeEach
    void setUp(GraphConnection graph) {
        this.graph = graph;
        new GraphLoader(graph).loadAll(CoMentionStories.all());
        server = serve(ServerSettings.local(0));
    }

    @AfterEach
    void tearDown() {
        servers.forEach(WebServer::close);
    }

    @Test
    void searchSuggestsEntitiesAsOneTypesAndSaysHowEachMatched() throws Exception {
        JsonNode body = getJson("/api/search?q=" + encode("quil") + "&limit=5");

        assertThat(body.get("count").asInt()).isEqualTo(1);
        JsonNode hit = body.get("entities").get(0);
        assertThat(hit.get("name").asText()).isEqualTo("Quill Hub");
        assertThat(hit.get("match").asText()).isEqualTo("prefix");
        assertThat(hit.get("articles").asInt()).isEqualTo(2);
        assertThat(getJson("/api/search?q=Meridain").get("entities").get(0).get("match").asText()).isEqualTo("fuzzy");
        assertThat(get("/api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownNameIsA404ThatSaysWhoWasMeant() throws Exception {
        HttpResponse<String> response = get("/api/entity?name=Merid");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("no entity named 'Merid' (did you mean Meridian?)");
        assertThat(body.get("suggestions").get(0).get("key").asText()).isEqualTo("meridian");
        assertThat(get("/api/timeline?entity=Quil").statusCode()).isEqualTo(404);
    }

    @Test
    void theEntityPageHasArticlesWithSentencesCoMentionsAndUndatedEventsApart() throws Exception {
        JsonNode hub = getJson("/api/entity?name=" + encode("Quill Hub"));
        assertThat(hub.get("mentionedIn").get(0).get("articleId").asText()).isEqualTo("quill-again");
        assertThat(hub.get("mentionedIn").get(0).get("sentences").get(0).get("text").asText())
                .isEqualTo("Quill Hub and Meridian both back open weights.");
        assertThat(hub.get("coMentioned").get(0).get("name").asText()).isEqualTo("Meridian");
        assertThat(hub.get("coMentioned").get(0).get("sentences").asInt()).isEqualTo(3);

        JsonNode meridian = getJson("/api/entity?name=Meridian");
        assertThat(meridian.get("events")).hasSize(1);
        assertThat(meridian.get("undatedEvents").get(0).get("type").asText()).isEqualTo("JOIN");

        JsonNode undated = getJson("/api/timeline?undated=true");
        assertThat(undated.get("events")).extracting(e -> e.get("type").asText()).containsExactly("JOIN");
        assertThat(get("/api/timeline?undated=true&from=2024").statusCode()).isEqualTo(400);
    }

    @Test
    void coMentionsComeWithTheirSentencesAndPathFallsBackOnThemLabelled() throws Exception {
        JsonNode together = getJson("/api/comentions?entity=" + encode("Quill Hub") + "&other=Meridian");
        assertThat(together.get("sentences").asInt()).isEqualTo(3);
        assertThat(together.get("shown")).hasSize(3);
        JsonNode with = getJson("/api/comentions?entity=" + encode("Quill Hub"));
        assertThat(with.get("coMentioned")).extracting(c -> c.get("name").asText()).containsExactly("Meridian", "Sable-2", "Tern Labs");

        JsonNode path = getJson("/api/path?from=" + encode("Quill Hub") + "&to=Meridian");
        assertThat(path.get("basis").asText()).isEqualTo("co-mentions");
        assertThat(path.get("steps").get(0).get("kind").asText()).isEqualTo("CO-MENTION");
        assertThat(path.get("steps").get(0).get("reports").get(0).get("sentence").asText())
                .isEqualTo("Quill Hub and Meridian both back open weights.");
    }

    @Test
    void curationsAreMadeListedExportedAndUndoneThroughTheApi() throws Exception {
        HttpResponse<String> merged = post(server, "/api/curations/merge",
                "{\"entity\": \"Meridian\", \"other\": \"Tern Labs\", \"by\": \"ana\", \"note\": \"test\"}", null, null);
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        JsonNode applied = JSON.readTree(merged.body());
        assertThat(applied.get("curation").get("kind").asText()).isEqualTo("merge");
        assertThat(applied.get("reloaded").asInt()).isEqualTo(1);
        assertThat(getJson("/api/entity?name=" + encode("Tern Labs")).get("key").asText()).isEqualTo("meridian");
        JsonNode listed = getJson("/api/curations");
        assertThat(listed.get("count").asInt()).isEqualTo(1);
        assertThat(listed.get("curations").get(0).get("by").asText()).isEqualTo("ana");
        HttpResponse<String> export = get("/api/curations/export");
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(JSON.readTree(export.body()).get("curations")).hasSize(1);

        String id = applied.get("curation").get("id").asText();
        HttpResponse<String> undone = post(server, "/api/curations/undo", "{\"id\": \"" + id + "\"}", null, null);
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(getJson("/api/entity?name=" + encode("Tern Labs")).get("key").asText()).isEqualTo("tern-labs");
        assertThat(getJson("/api/curations?all=true").get("curations").get(0).get("active").asBoolean()).isFalse();
    }

    @Test
    void aCurationActionTakesJsonFromThePagesOwnOriginAndTheTokenWhenThereIsOne() throws Exception {
        String body = "{\"entity\": \"Meridian\", \"other\": \"Tern Labs\"}";
        assertThat(post(server, "/api/curations/merge", body, "application/x-www-form-urlencoded", null).statusCode())
                .isEqualTo(415);
        assertThat(post(server, "/api/curations/merge", body, null, "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(post(server, "/api/curations/merge", "[1, 2", null, null).statusCode()).isEqualTo(400);
        assertThat(post(server, "/api/curations/merge", "{\"entity\": \"Meridian\"}", null, null).statusCode()).isEqualTo(400);
        assertThat(post(server, "/api/curations/bless", body, null, null).statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(local(server).resolve("/api/curations/export"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        assertThat(get("/api/curations/merge").statusCode()).isEqualTo(405);
        assertThat(post(server, "/api/stats", "{}", null, null).statusCode()).isEqualTo(405);

        WebServer secured = serve(new ServerSettings("0.0.0.0", 0, TOKEN, 4, null));
        assertThat(post(secured, "/api/curations/merge", body, null, null).statusCode()).isEqualTo(401);
        assertThat(getJson("/api/curations").get("count").asInt()).isZero();
        HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(local(secured).resolve("/api/curations/merge"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
    }

    private WebServer serve(ServerSettings settings) {
        WebServer started = WebServer.start(graph, settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        servers.add(started);
        return started;
    }

    private static URI local(WebServer server) {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    private HttpResponse<String> post(WebServer to, String path, String body, String contentType, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(local(to).resolve(path))
                .header("Content-Type", contentType == null ? "application/json" : contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(local(server).resolve(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
