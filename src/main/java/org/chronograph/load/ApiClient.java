package org.chronograph.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.chronograph.ChronographException;

/** HTTP/1.1 GETs to one server's API, with its bearer token when there is one; shared by all clients. */
final class ApiClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration timeout;

    ApiClient(URI base, String token, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base;
        this.token = token;
        this.timeout = timeout;
    }

    /**
     * Sends {@code GET path} and reads the whole response.
     *
     * @throws IOException for a transport failure or a timeout
     */
    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    /**
     * Sends {@code GET path}, with {@code If-None-Match: etag} when {@code etag} is not {@code null}, and reads the
     * whole response.
     *
     * @throws IOException for a transport failure or a timeout
     */
    HttpResponse<byte[]> get(String path, String etag) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The JSON of a successful {@code GET path}.
     *
     * @throws ChronographException when the server cannot be reached or answers with an error
     */
    JsonNode json(String path) {
        try {
            HttpResponse<byte[]> response = get(path);
            if (response.statusCode() / 100 != 2) {
                throw new ChronographException("GET " + base.resolve(path) + ": HTTP " + response.statusCode() + " "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).strip());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ChronographException("GET " + base.resolve(path) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChronographException("interrupted", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
