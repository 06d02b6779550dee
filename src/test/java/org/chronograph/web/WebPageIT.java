package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.EventType;
import org.chronograph.graph.Extractions;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.query.Explorations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web page in headless Chromium, against the page and API served in-process over the {@link Explorations} graph.
 * Skipped when chromium or chromedriver is not installed. Screenshots go to {@code target/screenshots/}.
 */
class WebPageIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final Duration WAIT = ServedPage.WAIT;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ServedPage page;
    private WebServer server;
    private Browser browser;

    @BeforeEach
    void setUp(GraphConnection graph) {
        page = ServedPage.start(graph, Explorations.all());
        browser = page.browser();
        server = page.server();
    }

    @AfterEach
    void tearDown() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void theTimelineFiltersByEntityAndTypeAndAClickedEventShowsItsSentenceAndArticle() throws Exception {
        openPage();
        browser.waitFor("all nine events", WAIT, () -> items() == 9);

        // When: Corvid Systems with its neighbourhood, releases and appointments only
        browser.type("#tl-entity", "Corvid Systems");
        browser.click(browser.find("#tl-neighbourhood"));
        for (String type : new String[] {"delay", "founding", "join", "departure", "acquisition", "funding", "partnership",
                "legal", "restructuring"}) {
            browser.click(browser.find("#tl-types input[value=" + type + "]"));
        }
        browser.click(browser.find("#tl-apply"));

        // Then: its two Talon-2 releases, Talon-3's release and Mira Castell's appointment
        browser.waitFor("four events", WAIT, () -> items() == 4);
        assertThat(browser.findAll(".vis-item .item-label")).extracting(browser::text).containsExactlyInAnyOrder(
                "Corvid Systems · Talon-2", "Corvid Systems · Talon-2", "Talon-3", "Pellucid AI · Mira Castell");

        // When: the Talon-3 release is clicked
        browser.click(".vis-item", "Talon-3");

        // Then: its sentence and article are shown
        browser.waitFor("the event's details", WAIT, () -> browser.script(
                "return !document.getElementById('event-details').hidden").asBoolean());
        String details = browser.text(browser.find("#event-details"));
        assertThat(details).contains("release · 2025-01", "Talon-3 finally came out in January 2025.",
                "Corvid ships Talon-2", "corvid-models", "published 2024-05-02");
        browser.screenshot(SCREENSHOTS.resolve("timeline.png"));
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void theMovesDiagramDrawsOrganizationsAndFlowsOfPeople() throws Exception {
        openPage();
        browser.click("#tabs button", "Who moved where");

        browser.waitFor("the flows diagram", WAIT, () -> "3".equals(browser.script(
                "return document.getElementById('flows').dataset.edges").asText()));
        // organizations left (Corvid Systems, Halden University, an unknown one) and joined (Pellucid AI, Corvid Systems)
        assertThat(browser.script("return document.getElementById('flows').dataset.nodes").asText()).isEqualTo("5");
        assertThat(browser.script("return document.getElementById('flows').dataset.unknown").asText()).isEqualTo("1");
        assertThat(browser.script("return document.querySelectorAll('#flows svg path').length").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(browser.script("return document.querySelector('#flows svg').textContent").asText())
                .contains("Corvid Systems", "Pellucid AI", "Halden University", "unknown origin");
        assertThat(browser.findAll("#flow-list li")).extracting(browser::text).containsExactly(
                "Corvid Systems → Pellucid AI (3): Jonas Brandt (2024-12), Jonas Brandt (2025-01), Mira Castell (2025-02)",
                "unknown origin → Corvid Systems (1): Jonas Brandt (2020)",
                "Halden University → Corvid Systems (1): Mira Castell (2021-09)");

        browser.click("#flow-list button", "Corvid Systems → Pellucid AI");
        browser.waitFor("the flow's moves", WAIT, () -> browser.text(browser.find("#flow-details")).contains("Brandt moved"));
        assertThat(browser.url()).endsWith("/moves?flow=corvid-systems%3Epellucid-ai");
        assertThat(browser.text(browser.find("#flow-details"))).contains(
                "Brandt moved from Corvid to Pellucid AI in December 2024.", "Jonas Brandt a rejoint Pellucid AI en janvier 2025.");
        browser.screenshot(SCREENSHOTS.resolve("moves.png"));
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void theExplorerAddsAnEntitysNeighboursAndShowsAPersonsCareer() throws Exception {
        openPage();
        browser.click("#tabs button", "Graph explorer");
        browser.type("#ex-entity", "Corvid Systems");
        browser.click(browser.find("#ex-apply"));

        browser.waitFor("Corvid's neighbours", WAIT, () -> browser.script(
                "return Number(document.getElementById('graph').dataset.nodes || 0)").asInt() == 7);
        assertThat(browser.text(browser.find("#entity-details"))).contains("Corvid Systems", "Company", "affiliated", "Mira Castell");

        browser.type("#ex-entity", "Mira Castell");
        browser.click(browser.find("#ex-apply"));
        browser.waitFor("Mira Castell's career", WAIT, () -> browser.text(browser.find("#entity-details")).contains("Career"));
        assertThat(browser.text(browser.find("#entity-details"))).contains("Halden University ? – 2021-09",
                "Corvid Systems 2021-09 – 2025-02", "Pellucid AI 2025-02 – now");
        browser.screenshot(SCREENSHOTS.resolve("explorer.png"));
    }

    @Test
    void theConflictsViewShowsEachDateWithItsSources() throws Exception {
        openPage();
        browser.click("#tabs button", "Sources disagree");

        browser.waitFor("three conflicts", WAIT, () -> browser.findAll("#conflicts .conflict").size() == 3);
        String first = browser.text(browser.findAll("#conflicts .conflict").get(0));
        assertThat(first).contains("release: ", "Talon-2", "dates cannot both be true", "2024-04",
                "Corvid Systems released Talon-2 in April 2024.", "2024-06", "Corvid a lancé Talon-2 en juin 2024.");
        browser.screenshot(SCREENSHOTS.resolve("conflicts.png"));
    }

    @Test
    void thePathViewDrawsTheChainBetweenTwoEntitiesWithEachStepsSentence() throws Exception {
        openPage();
        browser.click("#tabs button", "Path");

        // When: Halden University and Talon-3 share nothing; Mira Castell left Halden for Corvid, which delayed Talon-3
        browser.type("#pa-from", "Halden University");
        browser.type("#pa-to", "Talon-3");
        browser.click(browser.find("#pa-apply"));

        // Then: two steps, drawn as three entities and two links, each listed with its sentence and article
        browser.waitFor("the path", WAIT, () -> browser.script(
                "return Number(document.getElementById('path-graph').dataset.steps || -1)").asInt() == 2);
        assertThat(browser.script("return document.querySelectorAll('#path-steps li.step').length").asInt()).isEqualTo(2);
        assertThat(browser.text(browser.find("#path-steps"))).containsSubsequence(
                "Halden University → Talon-3: 2 steps",
                "Halden University (left)", "move of Mira Castell, 2021-09", "Corvid Systems (joined)",
                "Mira Castell left Halden University for Corvid Systems in September 2021.", "Who left Corvid",
                "Corvid Systems (maker)", "delay, 2024-11", "Talon-3 (model)",
                "In November 2024 Corvid pushed Talon-3 back.", "Corvid ships Talon-2");
        browser.screenshot(SCREENSHOTS.resolve("path.png"));
    }

    @Test
    void thePathViewSaysWhenThereIsNoPathAndALinkCanAskForOne() {
        browser.open(server.uri() + "#view=path&from=Halden%20University&to=Talon-3");
        browser.waitFor("the linked path", WAIT, () -> browser.script(
                "return Number(document.getElementById('path-graph').dataset.steps || -1)").asInt() == 2);

        browser.script("document.getElementById('pa-hops').value = '1'");
        browser.click(browser.find("#pa-apply"));

        browser.waitFor("no path in one step", WAIT, () -> browser.text(browser.find("#path-steps"))
                .contains("No path from Halden University to Talon-3 in one step."));
    }

    @Test
    void aLinkCanOpenAnEntitysTimelineWithOneEventSelected() {
        String release = releaseOfTalon3();

        browser.open(server.uri() + "#view=timeline&entity=Talon-3&event=" + release);

        browser.waitFor("the linked event's details", WAIT, () -> browser.script(
                "return !document.getElementById('event-details').hidden").asBoolean());
        assertThat(items()).isEqualTo(2);
        assertThat(browser.text(browser.find("#event-details"))).contains("Talon-3 finally came out in January 2025.");
    }

    @Test
    void withATokenThePageSendsTheOneGivenInItsAddress(GraphConnection graph) throws Exception {
        String token = "a-token-for-the-browser-test";
        try (WebServer secured = WebServer.start(graph, new ServerSettings("127.0.0.1", 0, token, 4, null),
                page.log())) {
            browser.open("http://127.0.0.1:" + secured.port() + "/#token=" + token);

            browser.waitFor("the page to load its data", WAIT, () -> browser.script(
                    "return document.body.dataset.ready === 'true'").asBoolean());
            browser.waitFor("all nine events", WAIT, () -> items() == 9);
            assertThat(browser.script("return location.hash").asText()).doesNotContain(token);
        }
    }

    @Test
    void markupInArticlesIsShownAsTextNeverRun(GraphConnection graph) {
        String hostile = "<img src=x onerror=\"document.body.dataset.pwned='1'\">";
        new GraphLoader(graph).load(Extractions.article("hostile", "en").title("<b>" + hostile + "</b>").published("2025-05-01")
                .entity("Evil " + hostile, EntityType.Company)
                .event(EventType.FUNDING, "2025-04", "Evil " + hostile + " raised money in April 2025.", "Evil " + hostile, "funded")
                .build());
        openPage();
        browser.waitFor("ten events", WAIT, () -> items() == 10);

        browser.click(".vis-item", "Evil");
        browser.waitFor("the event's details", WAIT, () -> browser.script(
                "return !document.getElementById('event-details').hidden").asBoolean());

        assertThat(browser.text(browser.find("#event-details"))).contains(hostile + " raised money", "<b>");
        assertThat(browser.script("return document.querySelectorAll('main img, main b').length").asInt()).isZero();
        assertThat(browser.script("return document.body.dataset.pwned || 'no'").asText()).isEqualTo("no");
    }

    private String releaseOfTalon3() {
        try (HttpClient client = HttpClient.newHttpClient()) {
            String body = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/timeline?entity=Talon-3&type=release"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            return new ObjectMapper().readTree(body).get("events").get(0).get("key").asText();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot read the timeline", e);
        }
    }

    private void openPage() {
        page.open("");
    }

    private int items() {
        return page.timelineItems();
    }
}
