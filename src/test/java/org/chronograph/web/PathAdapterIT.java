package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.query.Explorations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/path}, the thin adapter over {@code PathQuery}: it answers, checks its own parameters, and maps the
 * query's errors. What a path contains is {@code PathQuery}'s contract, tested with it.
 */
class PathAdapterIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private final HttpClient http = HttpClient.newHttpClient();
    private WebServer server;

    @BeforeEach
    void setUp(GraphConnection graph) {
        new GraphLoader(graph).loadAll(Explorations.all());
        server = WebServer.start(graph, ServerSettings.local(0), new PrintStream(new ByteArrayOutputStream(), true));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aPathBetweenTwoEntitiesIsJsonThatNamesThem() throws Exception {
        HttpResponse<String> response = get("/api/path?from=Mira%20Castell&to=Talon-2");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"from\":{\"key\":\"mira-castell\"", "\"name\":\"Talon-2\"", "\"steps\":[",
                "\"sentence\":");
    }

    @Test
    void badParametersAreA400AndAnUnknownEntityA404() throws Exception {
        assertThat(get("/api/path?from=Mira%20Castell").statusCode()).isEqualTo(400);
        assertThat(get("/api/path?from=Mira%20Castell&to=Talon-2&maxHops=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/path?from=Mira%20Castell&to=Talon-2&maxHops=99").statusCode()).isEqualTo(400);
        assertThat(get("/api/path?from=Mira%20Castell&to=Talon-2&via=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/path?from=Nobody%20Atall&to=Talon-2").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
