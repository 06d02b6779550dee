package org.chronograph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP API with the JDK's HTTP client (no Selenium).
 * {@link #start()} is empty when chromium or chromedriver is not installed, so that tests can be skipped.
 */
final class Browser implements AutoCloseable {
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String session;

    private Browser(Process driver, String base) throws IOException, InterruptedException {
        this.driver = driver;
        this.base = base;
        Map<String, Object> chrome = Map.of("binary", find(CHROMIUM).orElseThrow(), "args", List.of(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--window-size=1400,900"));
        JsonNode created = call("POST", "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome", "goog:chromeOptions", chrome, "goog:loggingPrefs", Map.of("browser", "ALL")))));
        this.session = created.get("sessionId").asText();
    }

    /** A browser, or empty when chromium or chromedriver is missing. */
    static Optional<Browser> start() {
        Optional<String> chromedriver = find(DRIVER);
        if (chromedriver.isEmpty() || find(CHROMIUM).isEmpty()) {
            return Optional.empty();
        }
        try {
            int port = freePort();
            Process process = new ProcessBuilder(chromedriver.get(), "--port=" + port)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String base = "http://127.0.0.1:" + port;
            waitForDriver(base, process);
            try {
                return Optional.of(new Browser(process, base));
            } catch (IOException | RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start chromedriver: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    void open(String url) {
        post("/url", Map.of("url", url));
    }

    /** The id of the first element matching a CSS selector; fails when there is none. */
    String find(String css) {
        return post("/element", Map.of("using", "css selector", "value", css)).get(ELEMENT).asText();
    }

    /** Ids of every element matching a CSS selector. */
    List<String> findAll(String css) {
        List<String> ids = new ArrayList<>();
        post("/elements", Map.of("using", "css selector", "value", css)).forEach(e -> ids.add(e.get(ELEMENT).asText()));
        return ids;
    }

    void click(String element) {
        post("/element/" + element + "/click", Map.of());
    }

    void click(String css, String containing) {
        for (String id : findAll(css)) {
            if (text(id).contains(containing)) {
                click(id);
                return;
            }
        }
        throw new AssertionError("no " + css + " containing '" + containing + "'");
    }

    /** Replaces the value of an input. */
    void type(String css, String text) {
        String id = find(css);
        post("/element/" + id + "/clear", Map.of());
        post("/element/" + id + "/value", Map.of("text", text));
    }

    String text(String element) {
        return get("/element/" + element + "/text").asText();
    }

    /** Runs a script in the page and returns its result as JSON. */
    JsonNode script(String js, Object... args) {
        return post("/execute/sync", Map.of("script", js, "args", List.of(args)));
    }

    /** Runs an asynchronous script in the page (its last argument is the callback) and returns what it passed. */
    JsonNode scriptAsync(String js, Object... args) {
        return post("/execute/async", Map.of("script", js, "args", List.of(args)));
    }

    /** Sends keys to an element (focusing it first): text, or WebDriver key codes such as {@link #ENTER}. */
    void keys(String element, String keys) {
        post("/element/" + element + "/value", Map.of("text", keys));
    }

    /** Presses keys on whatever has the focus (the W3C actions API). */
    void press(String... keys) {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (String key : keys) {
            actions.add(Map.of("type", "keyDown", "value", key));
            actions.add(Map.of("type", "keyUp", "value", key));
        }
        post("/actions", Map.of("actions", List.of(Map.of("type", "key", "id", "keyboard", "actions", actions))));
        sessionCall("DELETE", "/actions", null);
    }

    /** The element that has the focus. */
    String focused() {
        return get("/element/active").get(ELEMENT).asText();
    }

    /** The address the page is at. */
    String url() {
        return get("/url").asText();
    }

    void back() {
        post("/back", Map.of());
    }

    void forward() {
        post("/forward", Map.of());
    }

    /** The value of an element's attribute, or null. */
    String attribute(String element, String name) {
        JsonNode value = get("/element/" + element + "/attribute/" + name);
        return value.isNull() ? null : value.asText();
    }

    static final String ENTER = "\uE007";
    static final String ESCAPE = "\uE00C";
    static final String ARROW_LEFT = "\uE012";
    static final String ARROW_RIGHT = "\uE014";
    static final String ARROW_DOWN = "\uE015";
    static final String SPACE = "\uE00D";
    static final String TAB = "\uE004";

    /** Waits until the condition holds, checking every 100 ms. */
    void waitFor(String what, Duration timeout, Supplier<Boolean> condition) {
        long end = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + (last == null ? "" : " (last error: " + last.getMessage() + ")")
                + pageState());
    }

    /** Where the page is and what its status line says, for a failure's message. */
    private String pageState() {
        try {
            JsonNode state = script("const s = document.getElementById('status'), t = document.getElementById('timeline');"
                    + "return location.href + ' | status: ' + (s ? s.textContent : '') + ' | timeline items: '"
                    + " + (t ? t.dataset.items : '')");
            return " [" + state.asText() + "]";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Saves a PNG of the window. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(get("/screenshot").asText()));
    }

    /** Messages the page logged at level SEVERE (errors, refused resources), as text. */
    List<String> severeLogs() {
        List<String> messages = new ArrayList<>();
        try {
            for (JsonNode entry : post("/se/log", Map.of("type", "browser"))) {
                if ("SEVERE".equals(entry.path("level").asText())) {
                    messages.add(entry.path("message").asText());
                }
            }
        } catch (RuntimeException e) {
            // this chromedriver does not keep logs: nothing to report
        }
        return messages;
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (IOException | RuntimeException e) {
            // the browser is gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.destroy();
        }
    }

    private JsonNode post(String path, Object body) {
        return sessionCall("POST", path, body);
    }

    private JsonNode get(String path) {
        return sessionCall("GET", path, null);
    }

    private JsonNode sessionCall(String method, String path, Object body) {
        try {
            return call(method, "/session/" + session + path, body);
        } catch (IOException e) {
            throw new IllegalStateException("WebDriver " + method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(response.body()).path("value");
        if (response.statusCode() >= 300) {
            throw new WebDriverException(method + " " + path + ": " + value.path("error").asText() + ": "
                    + value.path("message").asText().lines().findFirst().orElse(""));
        }
        return value;
    }

    private static void waitForDriver(String base, Process process) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            if (!process.isAlive()) {
                throw new IOException("chromedriver exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && JSON.readTree(r.body()).path("value").path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IOException("chromedriver did not become ready in 10 s");
    }

    private static Optional<String> find(List<String> candidates) {
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A WebDriver command that failed. */
    static final class WebDriverException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WebDriverException(String message) {
            super(message);
        }
    }
}
