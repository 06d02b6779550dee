package org.chronograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronograph.graph.CoMentionStories;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.query.Explorations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The analyst's workbench in headless Chromium, over the invented worlds of {@link Explorations} (Corvid Systems and
 * its people) and {@link CoMentionStories} (Quill Hub, only ever named beside others): every view is an address that
 * reproduces it, Back and Forward, the entity page of a mentioned-only entity, search suggestions and "did you mean",
 * the keyboard, and axe-core (installed by the build's npm step) finding no serious or critical violation. Skipped when
 * chromium or chromedriver is not installed.
 */
class WorkbenchPageIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final Duration WAIT = ServedPage.WAIT;
    private static final Path AXE = Path.of("target", "npm", "node_modules", "axe-core", "axe.min.js");

    private ServedPage page;
    private WebServer server;
    private Browser browser;

    @BeforeEach
    void setUp(GraphConnection graph) {
        page = ServedPage.start(graph, Explorations.all(), CoMentionStories.all());
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
    void anAddressOpensEachViewWithItsFilters() {
        open("timeline?entity=Corvid%20Systems&neighbourhood=1&type=release&type=appointment&from=2024&to=2025");
        browser.waitFor("Corvid's four releases and appointments", WAIT, () -> items() == 4);
        assertThat(selectedTab()).isEqualTo("timeline");
        assertThat(value("#tl-entity")).isEqualTo("Corvid Systems");
        assertThat(value("#tl-from")).isEqualTo("2024");
        assertThat(browser.script("return document.getElementById('tl-neighbourhood').checked").asBoolean()).isTrue();
        assertThat(browser.script("return [...document.querySelectorAll('#tl-types input:checked')].map(b => b.value).join()")
                .asText()).isEqualTo("release,appointment");

        open("moves?org=Pellucid%20AI");
        browser.waitFor("the flows into Pellucid AI", WAIT, () -> browser.findAll("#flow-list li").size() == 1
                && browser.text(browser.find("#flow-list")).contains("Pellucid AI"));
        assertThat(selectedTab()).isEqualTo("moves");
        assertThat(value("#mv-org")).isEqualTo("Pellucid AI");
        assertThat(browser.text(browser.find("#flow-list"))).startsWith("Corvid Systems → Pellucid AI (3)");

        open("entity?name=Quill%20Hub");
        browser.waitFor("Quill Hub's page", WAIT, () -> "quill-hub".equals(attribute("#entity-page", "data-key")));
        assertThat(selectedTab()).isEqualTo("entity");
        assertThat(browser.text(browser.find("#entity-page h1"))).startsWith("Quill Hub");

        open("explorer?entity=Corvid%20Systems");
        browser.waitFor("Corvid's neighbours", WAIT, () -> Integer.parseInt(Optional.ofNullable(attribute("#graph", "data-nodes"))
                .orElse("0")) > 1 && browser.text(browser.find("#entity-details")).contains("Corvid Systems"));
        assertThat(value("#ex-entity")).isEqualTo("Corvid Systems");

        open("path?from=Halden%20University&to=Talon-3&maxHops=3");
        browser.waitFor("the path in two steps", WAIT, () -> "2".equals(attribute("#path-graph", "data-steps")));
        assertThat(value("#pa-hops")).isEqualTo("3");
        assertThat(browser.text(browser.find("#path-steps"))).contains("Halden University → Talon-3: 2 steps");

        open("conflicts?entity=Talon-2&strict=1");
        browser.waitFor("Talon-2's conflict", WAIT, () -> browser.findAll("#conflicts .conflict").size() == 1);
        assertThat(browser.text(browser.find("#conflicts"))).contains("Talon-2", "2024-04", "2024-06");
        assertThat(browser.script("return document.getElementById('cf-strict').checked").asBoolean()).isTrue();

        open("curations");
        browser.waitFor("the curations", WAIT, () -> "0".equals(attribute("#curations", "data-count")));
        assertThat(selectedTab()).isEqualTo("curations");

        // a link of the old form is turned into the new address, and its entity is no longer ignored
        browser.open(server.uri() + "#view=moves&org=Pellucid%20AI");
        browser.waitFor("the old link's flows", WAIT, () -> browser.url().endsWith("/moves?org=Pellucid+AI")
                && browser.findAll("#flow-list li").size() == 1);
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void theAddressFollowsTheFiltersAndBackReturnsToThePreviousView() {
        open("timeline");
        browser.waitFor("every event", WAIT, () -> items() > 4);
        int all = items();

        // When: only releases, in one click
        browser.click(browser.find("#tl-types button[aria-label='only release']"));
        browser.waitFor("the releases", WAIT, () -> browser.url().endsWith("/timeline?type=release") && items() == 4);

        // and then an entity's page from an event's participants
        browser.click(".vis-item", "Talon-3");
        browser.waitFor("the event's details", WAIT, () -> !isHidden("#event-details"));
        assertThat(browser.url()).contains("/timeline?type=release&event=");
        String withEvent = browser.url();
        browser.click("#event-details a.entity-link", "Talon-3");
        browser.waitFor("Talon-3's page", WAIT, () -> "talon-3".equals(attribute("#entity-page", "data-key")));
        assertThat(browser.url()).endsWith("/entity?name=Talon-3");

        // Then: Back returns to the releases with that event open, then to every event; Forward goes again
        browser.back();
        browser.waitFor("the releases again", WAIT, () -> browser.url().equals(withEvent) && "timeline".equals(selectedTab()));
        browser.waitFor("the event open again", WAIT, () -> !isHidden("#event-details") && items() == 4);
        assertThat(browser.text(browser.find("#event-details"))).contains("Talon-3 finally came out in January 2025.");
        browser.back();
        browser.waitFor("every event again", WAIT, () -> browser.url().endsWith("/timeline") && items() == all);
        assertThat(browser.script("return document.querySelectorAll('#tl-types input:checked').length").asInt()).isEqualTo(11);
        browser.forward();
        browser.waitFor("the releases once more", WAIT, () -> browser.url().contains("type=release") && items() == 4);

        // a tab keeps the view's last address
        browser.click("#tabs [role=tab]", "Who moved where");
        browser.waitFor("who moved where", WAIT, () -> browser.url().endsWith("/moves") && browser.findAll("#flow-list li").size() == 3);
        browser.click("#tabs [role=tab]", "Timeline");
        browser.waitFor("the timeline as it was", WAIT, () -> browser.url().contains("/timeline?type=release") && items() == 4);
        browser.back();
        browser.waitFor("who moved where again", WAIT, () -> browser.url().endsWith("/moves") && "moves".equals(selectedTab()));

        // copy link: the address of the view, with its filters
        browser.click(browser.find("#copy-link"));
        browser.waitFor("the copied address", WAIT, () -> browser.url().equals(attribute("#copy-link", "data-copied")));
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void theEntityPageOfAMentionedOnlyEntityShowsItsArticlesAndCoMentions() {
        open("entity?name=Quill%20Hub");
        browser.waitFor("Quill Hub's page", WAIT, () -> "quill-hub".equals(attribute("#entity-page", "data-key")));

        String page = browser.text(browser.find("#entity-page"));
        assertThat(page).contains("Quill Hub", "Company", "mentioned 4 times in 2 articles", "it is only mentioned");
        String articles = browser.text(browser.find("#entity-mentions"));
        assertThat(articles).containsSubsequence("Mentioned in 2 articles",
                "Open models, closed doors", "Quill Hub and Meridian both back open weights.",
                "Quill Hub hosts Sable-2", "Quill Hub now hosts Sable-2, the model Meridian made.",
                "Meridian and Quill Hub did not say how many downloads it had.", "Tern Labs also publishes its models on Quill Hub.");
        assertThat(browser.findAll("#entity-mentions mark")).extracting(browser::text).containsOnly("Quill Hub");

        // mentioned together: Meridian (three sentences in two articles) first, with its sentences on demand
        List<String> coMentioned = browser.findAll("#entity-comentioned li.comention .comention-head").stream()
                .map(head -> browser.text(head).replaceAll("\\s+", " ")).toList();
        assertThat(coMentioned.get(0)).isEqualTo("Meridian 3 sentences, 2 articles");
        assertThat(coMentioned).anyMatch(line -> line.startsWith("Tern Labs 1 sentence, 1 article"))
                .anyMatch(line -> line.startsWith("Sable-2 1 sentence, 1 article"));
        browser.click(browser.find("#entity-comentioned li[data-key=meridian] button[aria-expanded]"));
        browser.waitFor("the sentences naming both", WAIT, () -> browser.text(browser.find("#entity-comentioned li[data-key=meridian] .shared"))
                .contains("Meridian and Quill Hub did not say how many downloads it had."));
        assertThat(browser.text(browser.find("#entity-comentioned li[data-key=meridian] .shared")))
                .contains("Quill Hub and Meridian both back open weights.", "Open models, closed doors");

        // how is it connected to Meridian? only through sentences that name both, and the path says so
        browser.click("#entity-comentioned li[data-key=meridian] a", "how are they connected?");
        browser.waitFor("the path by co-mentions", WAIT, () -> "1".equals(attribute("#path-graph", "data-steps")));
        assertThat(browser.url()).endsWith("/path?from=Quill+Hub&to=Meridian");
        assertThat(browser.text(browser.find("#path-steps"))).contains(
                "Quill Hub → Meridian: 1 step, through co-mentions only", "No shared event or move links them",
                "named together in 3 sentences");
        assertThat(browser.severeLogs()).isEmpty();
    }

    @Test
    void theSearchBoxSuggestsEntitiesAsOneTypesAndSaysWhatANameMayMean() {
        open("timeline");
        browser.waitFor("the page", WAIT, () -> items() > 0);

        browser.type("#search", "quil");
        browser.waitFor("a suggestion", WAIT, () -> browser.findAll("#search-list [role=option]").size() == 1);
        assertThat(attribute("#search", "aria-expanded")).isEqualTo("true");
        assertThat(browser.text(browser.find("#search-list [role=option]"))).startsWith("Quill Hub").contains("Company", "2 articles");
        browser.press(Browser.ARROW_DOWN);
        assertThat(attribute("#search", "aria-activedescendant")).isEqualTo("search-option-0");
        browser.press(Browser.ENTER);
        browser.waitFor("Quill Hub's page", WAIT, () -> "quill-hub".equals(attribute("#entity-page", "data-key")));
        assertThat(browser.url()).endsWith("/entity?name=Quill+Hub");

        // a name by an alias, and one misspelt: "did you mean"
        browser.type("#search", "Meridian Plat");
        browser.waitFor("the alias found", WAIT, () -> browser.text(browser.find("#search-list")).contains("also “Meridian Platforms”"));
        browser.type("#search", "Meridain");
        browser.waitFor("did you mean", WAIT, () -> browser.text(browser.find("#search-list")).contains("Did you mean"));
        assertThat(browser.text(browser.find("#search-list [role=option]"))).startsWith("Meridian");

        // an address with a name no entity has
        open("entity?name=Merid");
        browser.waitFor("the unknown name", WAIT, () -> "unknown".equals(attribute("#entity-page", "data-state")));
        assertThat(browser.text(browser.find("#entity-page"))).contains("No entity named “Merid”", "Did you mean:", "Meridian");
        browser.click("#entity-page .suggestions a", "Meridian");
        browser.waitFor("Meridian's page", WAIT, () -> "meridian".equals(attribute("#entity-page", "data-key")));

        // and a filter of another view with one: its suggestions fix the filter in one click
        open("timeline?entity=Quil");
        browser.waitFor("the error", WAIT, () -> browser.text(browser.find("#status")).contains("did you mean Quill Hub?"));
        browser.click("#status button.suggestion", "Quill Hub");
        browser.waitFor("Quill Hub's timeline", WAIT, () -> browser.url().endsWith("/timeline?entity=Quill+Hub"));
    }

    @Test
    void eventsAndTabsWorkWithTheKeyboard() {
        open("timeline?entity=Talon-3");
        browser.waitFor("Talon-3's two events", WAIT, () -> items() == 2);

        // When: Enter on the release
        String release = labelOf("Talon-3");
        assertThat(attribute("#timeline .item-label[data-key='" + release + "']", "tabindex")).isEqualTo("0");
        browser.keys(browser.find("#timeline .item-label[data-key='" + release + "']"), Browser.ENTER);

        // Then: its details open, with the focus, and the address names it; Escape gives the focus back
        browser.waitFor("the release's details", WAIT, () -> !isHidden("#event-details"));
        assertThat(browser.text(browser.find("#event-details"))).contains("release · 2025-01", "Talon-3 finally came out in January 2025.");
        assertThat(browser.url()).endsWith("event=" + release);
        assertThat(browser.focused()).isEqualTo(browser.find("#event-details"));

        // the selected event's ring is the selection colour, which no event or entity type has
        JsonNode ring = browser.scriptAsync("""
                const done = arguments[arguments.length - 1];
                import(new URL('colors.js', document.baseURI).href).then(colors => done({
                  shadow: getComputedStyle(document.querySelector('#timeline .vis-item.vis-selected')).boxShadow,
                  ring: colors.SELECTION_COLOR,
                  types: [...Object.values(colors.EVENT_COLORS), ...Object.values(colors.ENTITY_COLORS)] }));
                """);
        String selection = ring.get("ring").asText();
        assertThat(ring.get("shadow").asText()).contains(rgb(selection));
        for (JsonNode type : ring.get("types")) {
            assertThat(distance(type.asText(), selection)).as("type colour %s against the selection ring", type.asText())
                    .isGreaterThan(60);
        }
        browser.press(Browser.ESCAPE);
        browser.waitFor("the details closed", WAIT, () -> isHidden("#event-details"));
        assertThat(browser.focused()).isEqualTo(browser.find("#timeline .item-label[data-key='" + release + "']"));

        // ← goes to the earlier event (the delay), Space opens it
        browser.press(Browser.ARROW_LEFT);
        String delay = browser.attribute(browser.focused(), "data-key");
        assertThat(delay).isNotEqualTo(release);
        browser.press(Browser.SPACE);
        browser.waitFor("the delay's details", WAIT, () -> browser.text(browser.find("#event-details")).contains("delay · 2024-11"));

        // the tabs: arrow keys move between them and open the one reached
        browser.keys(browser.find("#tab-timeline"), Browser.ARROW_RIGHT);
        browser.waitFor("the entity tab", WAIT, () -> "entity".equals(selectedTab()));
        assertThat(browser.focused()).isEqualTo(browser.find("#tab-entity"));
        assertThat(attribute("#tab-entity", "tabindex")).isEqualTo("0");
        assertThat(attribute("#tab-timeline", "tabindex")).isEqualTo("-1");
        browser.press(Browser.ARROW_RIGHT);
        browser.waitFor("the moves tab", WAIT, () -> "moves".equals(selectedTab()) && browser.url().contains("/moves"));
        browser.press(Browser.ARROW_LEFT, Browser.ARROW_LEFT);
        browser.waitFor("the timeline tab", WAIT, () -> "timeline".equals(selectedTab()) && browser.url().contains("entity=Talon-3"));
    }

    @Test
    void axeCoreFindsNoSeriousViolationInAnyView() throws IOException {
        assumeTrue(Files.isRegularFile(AXE), "axe-core is not installed (the build's npm step installs it into " + AXE + ")");
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        Map<String, String> views = new LinkedHashMap<>();
        views.put("timeline", "return Number(document.getElementById('timeline').dataset.items || -1) > 0");
        views.put("timeline?entity=Talon-3&event=" + releaseOfTalon3(), "return !document.getElementById('event-details').hidden");
        views.put("entity?name=Quill%20Hub", "return document.getElementById('entity-page').dataset.state === 'shown'");
        views.put("entity?name=Mira%20Castell", "return document.getElementById('entity-page').dataset.state === 'shown'");
        views.put("moves?flow=corvid-systems%3Epellucid-ai",
                "return !document.getElementById('flow-details').hidden && !!document.querySelector('#flow-details .move')");
        views.put("explorer?entity=Corvid%20Systems", "return Number(document.getElementById('graph').dataset.nodes || 0) > 1");
        views.put("path?from=Quill%20Hub&to=Meridian", "return document.getElementById('path-graph').dataset.steps === '1'");
        views.put("conflicts", "return document.querySelectorAll('#conflicts .conflict').length > 0");
        views.put("curations", "return document.getElementById('curations').dataset.count === '0'");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> view : views.entrySet()) {
            open(view.getKey());
            browser.waitFor(view.getKey(), WAIT, () -> browser.script(view.getValue()).asBoolean());
            browser.script(axe + "\nreturn typeof axe;");
            JsonNode violations = browser.scriptAsync("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, { resultTypes: ['violations'] })
                      .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                     nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary) }))))
                      .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
                    """);
            for (JsonNode v : violations) {
                problems.add(view.getKey() + ": " + v.get("impact").asText() + " " + v.get("id").asText() + " (" + v.get("help").asText()
                        + ") " + v.get("nodes"));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A #rrggbb colour as CSS computes it: rgb(r, g, b). */
    private static String rgb(String hex) {
        int[] c = channels(hex);
        return "rgb(" + c[0] + ", " + c[1] + ", " + c[2] + ")";
    }

    /** The largest difference of two #rrggbb colours in one channel. */
    private static int distance(String a, String b) {
        int[] x = channels(a);
        int[] y = channels(b);
        return Math.max(Math.abs(x[0] - y[0]), Math.max(Math.abs(x[1] - y[1]), Math.abs(x[2] - y[2])));
    }

    private static int[] channels(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    private String releaseOfTalon3() {
        open("timeline?entity=Talon-3&type=release");
        browser.waitFor("Talon-3's release", WAIT, () -> items() == 1);
        return browser.attribute(browser.find("#timeline .item-label"), "data-key");
    }

    /** The key of the timeline item whose label is exactly this. */
    private String labelOf(String text) {
        for (String id : browser.findAll("#timeline .item-label")) {
            if (browser.text(id).equals(text)) {
                return browser.attribute(id, "data-key");
            }
        }
        throw new AssertionError("no timeline item labelled " + text);
    }

    private void open(String address) {
        page.open(address);
    }

    private int items() {
        return page.timelineItems();
    }

    private String selectedTab() {
        return browser.script("const t = document.querySelector('#tabs [aria-selected=true]'); return t ? t.dataset.view : null").asText();
    }

    private String value(String css) {
        return browser.script("return document.querySelector(arguments[0]).value", css).asText();
    }

    private String attribute(String css, String name) {
        JsonNode value = browser.script("const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null", css, name);
        return value.isNull() ? null : value.asText();
    }

    private boolean isHidden(String css) {
        return browser.script("return document.querySelector(arguments[0]).hidden", css).asBoolean();
    }
}
