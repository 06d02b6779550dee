package org.chronograph.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.chronograph.extract.Extraction;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;

/**
 * What the browser tests share: headless Chromium on the page and API served in-process over a graph loaded with
 * invented stories. {@link #start} skips the calling test when chromium or chromedriver is not installed.
 */
final class ServedPage implements AutoCloseable {
    /** How long a test waits for the page to show something. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private final ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
    private final Browser browser;
    private final WebServer server;

    private ServedPage(Browser browser, GraphConnection graph) {
        this.browser = browser;
        try {
            this.server = WebServer.start(graph, ServerSettings.local(0), log());
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** Loads each story into the graph, then starts the browser and the server (the test is skipped without chromium). */
    @SafeVarargs
    static ServedPage start(GraphConnection graph, List<Extraction>... stories) {
        Optional<Browser> started = Browser.start();
        assumeTrue(started.isPresent(), "chromium and chromedriver are not installed");
        GraphLoader loader = new GraphLoader(graph);
        for (List<Extraction> story : stories) {
            loader.loadAll(story);
        }
        return new ServedPage(started.get(), graph);
    }

    Browser browser() {
        return browser;
    }

    WebServer server() {
        return server;
    }

    /** Where the servers of a test write their log (kept in memory, shown by nothing unless a test reads it). */
    PrintStream log() {
        return new PrintStream(serverLog, true);
    }

    /** Opens an address of the page ("" for its start, "timeline?entity=..." for a view) and waits for its data. */
    void open(String address) {
        browser.open(server.uri() + address);
        browser.waitFor("the page to load its data", WAIT, () -> browser.script(
                "return document.body.dataset.ready === 'true'").asBoolean());
    }

    /** How many items the timeline draws (-1 before it draws). */
    int timelineItems() {
        return browser.script("return Number(document.getElementById('timeline').dataset.items || -1)").asInt();
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
