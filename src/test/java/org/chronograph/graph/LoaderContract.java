package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronograph.bench.SyntheticGraph;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Move;
import org.chronograph.query.GraphStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;

/** Loading articles: idempotence, replacement, cross-article resolution, one transaction per article or per batch. */
abstract class LoaderContract {
    private TestGraph graph;
    private GraphLoader loader;

    @BeforeEach
    void setUp(TestGraph graph) {
        this.graph = graph;
        this.loader = new GraphLoader(graph.connection());
    }

    @Test
    void loadingAnArticleCreatesItsArticleEntitiesEventsAndMoves() {
        LoadOutcome outcome = loader.load(Stories.nimbusEnglish());

        assertThat(outcome).isEqualTo(new LoadOutcome("nimbus-en", LoadOutcome.Status.CREATED, 4, 2, 2));
        GraphStats stats = stats();
        assertThat(stats.articles()).isEqualTo(1);
        assertThat(stats.entitiesByType()).containsExactly(Map.entry("Company", 2L), Map.entry("Model", 1L), Map.entry("Person", 1L));
        assertThat(stats.events()).isEqualTo(2);
        assertThat(stats.moves()).isEqualTo(2);
        assertThat(stats.affiliations()).isEqualTo(2);
    }

    @Test
    void loadingTheSameArticleTwiceLeavesTheGraphIdentical() {
        loader.load(Stories.nimbusEnglish());
        List<String> before = graph.dump();
        GraphStats statsBefore = stats();

        LoadOutcome again = loader.load(Stories.nimbusEnglish());

        assertThat(again.status()).isEqualTo(LoadOutcome.Status.UNCHANGED);
        assertThat(stats()).isEqualTo(statsBefore);
        assertThat(graph.dump()).isEqualTo(before);
    }

    @Test
    void forcingTheSameArticleAgainRewritesItToTheSameGraph() {
        loader.load(Stories.nimbusEnglish());
        List<String> before = graph.dump();

        LoadOutcome forced = loader.load(Stories.nimbusEnglish(), true);

        assertThat(forced.status()).isEqualTo(LoadOutcome.Status.REPLACED);
        assertThat(graph.dump()).isEqualTo(before);
    }

    @Test
    void aChangedArticleReplacesItsOwnFactsAndLeavesOtherArticlesIntact() {
        loader.load(Stories.nimbusEnglish());
        loader.load(Stories.helixPartnership());

        LoadOutcome outcome = loader.load(Stories.nimbusEnglishCorrected());

        assertThat(outcome.status()).isEqualTo(LoadOutcome.Status.REPLACED);
        assertThat(eventTypes()).containsExactly("LEGAL", "PARTNERSHIP", "RELEASE");
        assertThat(reportsOf("RELEASE")).containsExactly("helix");
        assertThat(entityKeys()).containsExactly("dana-whitfield", "helix-institute", "nimbus-labs", "orion-3");
        assertThat(moveDates()).containsExactly("2022-06");
        assertThat(affiliations()).containsExactly("dana-whitfield -> nimbus-labs from 2022-06 to null current true");
    }

    @Test
    void replacingAnArticleGivesTheGraphThatLoadingOnlyItsNewVersionGives() {
        loader.load(Stories.helixPartnership());
        loader.load(Stories.nimbusEnglishCorrected());
        List<String> fresh = graph.dump();
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();

        loader.load(Stories.nimbusEnglish());
        loader.load(Stories.helixPartnership());
        loader.load(Stories.nimbusEnglishCorrected());

        assertThat(graph.dump()).isEqualTo(fresh);
    }

    @Test
    void anArticleNamingAnEntityByAnAliasFindsTheEntityAnotherArticleCreated() {
        loader.load(Stories.nimbusEnglish());

        loader.load(Stories.nimbusFrench());

        assertThat(entityKeys()).containsExactly("dana-whitfield", "nimbus-labs", "orion-3", "vela-systems");
        assertThat(eventTypes()).containsExactly("FUNDING", "RELEASE");
        assertThat(reportsOf("RELEASE")).containsExactly("nimbus-en", "nimbus-fr");
        Record nimbus = graph.run("test-entity", Map.of("key", "nimbus-labs")).get(0);
        assertThat(nimbus.get("name").asString()).isEqualTo("Nimbus Labs");
        assertThat(nimbus.get("aliases").asList()).containsExactly("Nimbus");
        assertThat(nimbus.get("articles").asList()).containsExactlyInAnyOrder("nimbus-en", "nimbus-fr");
    }

    @Test
    void theSameStoryWithAnotherDateBecomesASecondEvent() {
        loader.load(Stories.nimbusEnglish());

        loader.load(Stories.orionOtherDate());

        assertThat(eventTypes()).containsExactly("FUNDING", "RELEASE", "RELEASE");
    }

    @Test
    void theFirstTypeStaysUnlessALaterArticleIsMoreConfident() {
        loader.load(Extractions.article("a", "en").entity("Quasar", EntityType.Product, 0.6).build());
        loader.load(Extractions.article("b", "en").entity("Quasar", EntityType.Model, 0.9).build());
        loader.load(Extractions.article("c", "en").entity("Quasar", EntityType.Product, 0.5).build());

        Record quasar = graph.run("test-entity", Map.of("key", "quasar")).get(0);
        assertThat(quasar.get("type").asString()).isEqualTo("Model");
        assertThat(quasar.get("labels").asList()).containsExactlyInAnyOrder("Entity", "Model");
    }


    @Test
    void equallyConfidentTypesGiveTheSameTypeWhateverTheOrderArticlesLoadIn() {
        Extraction organization = Extractions.article("a", "en").entity("Quasar Lab", EntityType.Organization, 0.95).build();
        Extraction company = Extractions.article("b", "en").entity("Quasar Lab", EntityType.Company, 0.95).build();
        loader.load(organization);
        loader.load(company);
        Record first = graph.run("test-entity", Map.of("key", "quasar-lab")).get(0);
        graph.run("test-wipe", Map.of());

        loader.load(company);
        loader.load(organization);
        Record second = graph.run("test-entity", Map.of("key", "quasar-lab")).get(0);
        graph.run("test-wipe", Map.of());

        loader.loadAll(List.of(organization, company));
        Record batched = graph.run("test-entity", Map.of("key", "quasar-lab")).get(0);

        assertThat(List.of(first, second, batched)).extracting(r -> r.get("type").asString())
                .containsExactly("Company", "Company", "Company");
        assertThat(batched.get("labels").asList()).containsExactlyInAnyOrder("Entity", "Company");
    }
    @Test
    void twoReadingsOfOneDateGiveTheSameGraphWhateverTheOrderArticlesLoadIn() {
        Extraction plain = Extractions.article("a", "en").entity("Quasar Lab", EntityType.Company)
                .entity("Quasar 2", EntityType.Model).entity("Ada Brook", EntityType.Person)
                .event(EventType.DELAY, "2025", "Quasar Lab delayed Quasar 2 to 2025.",
                        "Quasar Lab", "maker", "Quasar 2", "product")
                .move("Ada Brook", null, "Quasar Lab", "2025", "Ada Brook joined Quasar Lab in 2025.").build();
        Extraction finer = Extractions.article("b", "fr").entity("Quasar Lab", EntityType.Company)
                .entity("Quasar 2", EntityType.Model).entity("Ada Brook", EntityType.Person)
                .event(EventType.DELAY, new EventDate("2025", "MID"), "Quasar Lab a reporté Quasar 2 à la mi-2025.",
                        "Quasar Lab", "maker", "Quasar 2", "product")
                .datedMove("Ada Brook", null, "Quasar Lab", new EventDate("2025", "MID"),
                        "Ada Brook a rejoint Quasar Lab à la mi-2025.").build();
        loader.load(plain);
        loader.load(finer);
        List<String> plainFirst = graph.canonicalDump();
        graph.run("test-wipe", Map.of());

        loader.load(finer);
        loader.load(plain);
        List<String> finerFirst = graph.canonicalDump();

        assertThat(finerFirst).isEqualTo(plainFirst);
        assertThat(plainFirst).filteredOn(line -> line.contains("[Event") || line.contains("[Move]"))
                .hasSize(2).allSatisfy(line -> assertThat(line).contains("mod=MID", "sortDate=2025-07-02"));
        assertThat(plainFirst).filteredOn(line -> line.contains("[INVOLVES]"))
                .hasSize(2).allSatisfy(line -> assertThat(line).contains("sortDate=2025-07-02"));
    }

    @Test
    void movesGiveAffiliationsWithStartAndEnd() {
        loader.load(Stories.nimbusEnglish());

        assertThat(affiliations()).containsExactly(
                "dana-whitfield -> nimbus-labs from 2022-05 to null current true",
                "dana-whitfield -> vela-systems from 2019 to 2022-05 current false");
    }

    @Test
    void aFailureInTheMiddleOfAnArticleLeavesNothingOfIt() {
        GraphLoader failing = new GraphLoader(graph.connection().driver(), step -> {
            if (step.equals("events")) {
                throw new IllegalStateException("injected failure after the events");
            }
        });

        assertThatThrownBy(() -> failing.load(Stories.nimbusEnglish())).hasMessageContaining("injected failure");

        assertThat(stats().nodes()).isZero();
    }

    @Test
    void aFailedReplacementKeepsThePreviousVersion() {
        loader.load(Stories.nimbusEnglish());
        List<String> before = graph.dump();
        GraphLoader failing = new GraphLoader(graph.connection().driver(), step -> {
            if (step.equals("moves")) {
                throw new IllegalStateException("injected failure after the moves");
            }
        });

        assertThatThrownBy(() -> failing.load(Stories.nimbusEnglishCorrected())).isInstanceOf(IllegalStateException.class);

        assertThat(graph.dump()).isEqualTo(before);
    }

    @Test
    void loadAllReportsEachArticle() {
        LoadSummary summary = loader.loadAll(List.of(Stories.nimbusEnglish(), Stories.nimbusFrench(), Stories.nimbusEnglish()));

        assertThat(summary.outcomes()).extracting(LoadOutcome::status).containsExactly(
                LoadOutcome.Status.CREATED, LoadOutcome.Status.CREATED, LoadOutcome.Status.UNCHANGED);
        assertThat(summary.count(LoadOutcome.Status.CREATED)).isEqualTo(2);
        assertThat(summary.events()).isEqualTo(3);
    }

    @Test
    void aBatchLeavesTheGraphThatLoadingItsArticlesOneByOneLeaves() {
        List<Extraction> articles = mixedArticles();
        articles.forEach(loader::load);
        List<String> oneByOne = graph.dump();
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();

        List<LoadOutcome> outcomes = loader.loadBatch(articles, false, (x, e) -> {
            throw e;
        });

        assertThat(graph.dump()).isEqualTo(oneByOne);
        assertThat(outcomes).hasSize(articles.size());
        assertThat(outcomes).extracting(LoadOutcome::status).contains(LoadOutcome.Status.REPLACED, LoadOutcome.Status.UNCHANGED);
    }

    @Test
    void batchesOnTopOfALoadedGraphMatchLoadingOneByOne() {
        List<Extraction> articles = mixedArticles();
        List<Extraction> first = articles.subList(0, articles.size() / 2);
        List<Extraction> second = articles.subList(articles.size() / 2, articles.size());
        articles.forEach(loader::load);
        List<String> oneByOne = graph.dump();
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();

        loader.loadBatch(first, false, (x, e) -> {
            throw e;
        });
        loader.loadBatch(second, false, (x, e) -> {
            throw e;
        });

        assertThat(graph.dump()).isEqualTo(oneByOne);
    }

    @Test
    void anArticleTheDatabaseRefusesLeavesTheRestOfItsBatchLoaded() {
        Extraction broken = Extractions.article("broken", "en").entity("Ravi Okafor", EntityType.Person).build();
        broken = new Extraction(broken.article(), broken.entities(), broken.events(),
                List.of(new Move(null, null, null, null, null, 0.5)));
        List<String> refused = new ArrayList<>();

        List<LoadOutcome> outcomes = loader.loadBatch(List.of(Stories.nimbusEnglish(), broken, Stories.helixPartnership()), false,
                (x, e) -> refused.add(x.article().id() + ": " + e.getMessage()));

        assertThat(outcomes).extracting(LoadOutcome::articleId).containsExactly("nimbus-en", "helix");
        assertThat(refused).singleElement().asString().startsWith("broken: ").contains("names no person");
        assertThat(stats().articles()).isEqualTo(2);
    }

    /**
     * Synthetic articles, then stories that resolve one another's aliases, replace an article twice in a row, repeat
     * one unchanged and change an entity's type with more confidence, all in one sequence.
     */
    private static List<Extraction> mixedArticles() {
        List<Extraction> articles = new ArrayList<>();
        new SyntheticGraph(120, 7).forEach(articles::add);
        articles.add(Stories.nimbusEnglish());
        articles.add(Extractions.article("a", "en").entity("Quasar", EntityType.Product, 0.6).build());
        articles.add(Stories.nimbusFrench());
        articles.add(Stories.helixPartnership());
        articles.add(Extractions.article("b", "en").entity("Quasar", EntityType.Model, 0.9).build());
        articles.add(Stories.nimbusEnglishCorrected());
        articles.add(Stories.orionOtherDate());
        articles.add(Stories.nimbusEnglish());
        articles.add(Stories.helixPartnership());
        articles.add(Extractions.article("c", "en").entity("Quasar", EntityType.Product, 0.5).build());
        new SyntheticGraph(60, 8).forEach(articles::add);
        return articles;
    }

    private GraphStats stats() {
        return GraphStats.fetch(graph.connection());
    }

    private List<String> eventTypes() {
        return graph.run("test-events", Map.of()).stream().map(r -> r.get("type").asString()).toList();
    }

    private List<String> reportsOf(String type) {
        return graph.run("test-reports", Map.of("type", type)).stream().map(r -> r.get("article").asString()).toList();
    }

    private List<String> entityKeys() {
        return graph.run("test-entity-keys", Map.of()).stream().map(r -> r.get("key").asString()).toList();
    }

    private List<String> moveDates() {
        return graph.run("test-moves", Map.of()).stream().map(r -> r.get("date").asString()).toList();
    }

    private List<String> affiliations() {
        return graph.run("test-affiliations", Map.of()).stream().map(r -> r.get("line").asString()).toList();
    }

    // --- co-mentions

    @Test
    void entitiesNamedInOneSentenceAreMentionedTogetherWeightedBySentencesAndArticles() {
        loader.loadAll(CoMentionStories.all());

        assertThat(together()).containsExactly(
                "meridian ~ quill-hub 3 sentences in 2 articles",
                "meridian ~ sable-2 2 sentences in 1 articles",
                "quill-hub ~ sable-2 1 sentences in 1 articles",
                "quill-hub ~ tern-labs 1 sentences in 1 articles");
    }

    @Test
    void aChangedArticleReplacesItsOwnCoMentionsOnly() {
        loader.loadAll(CoMentionStories.all());
        loader.load(CoMentionStories.hubAndMeridianCorrected());

        assertThat(together()).containsExactly(
                "meridian ~ quill-hub 1 sentences in 1 articles",
                "meridian ~ sable-2 1 sentences in 1 articles",
                "quill-hub ~ sable-2 1 sentences in 1 articles",
                "quill-hub ~ tern-labs 1 sentences in 1 articles");
        List<String> replaced = graph.canonicalDump();

        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();
        loader.loadAll(List.of(CoMentionStories.hubAgain(), CoMentionStories.hubAndMeridianCorrected()));
        assertThat(graph.canonicalDump()).isEqualTo(replaced);
    }

    @Test
    void reloadingOrForcingAnArticleLeavesItsCoMentionsAsTheyWere() {
        loader.loadAll(CoMentionStories.all());
        List<String> before = graph.dump();

        loader.load(CoMentionStories.hubAndMeridian());
        loader.load(CoMentionStories.hubAndMeridian(), true);

        assertThat(graph.dump()).isEqualTo(before);
    }

    @Test
    void anArticleKeepsTheTextsOfItsSentencesThatNameEntities() {
        loader.load(CoMentionStories.hubAgain());

        List<Record> rows = graph.connection().driver().executableQuery(
                "MATCH (a:Article {id: 'quill-again'}) RETURN a.sentences AS sentences").execute().records();
        assertThat(rows.get(0).get("sentences").asList(org.neo4j.driver.Value::asString)).containsExactly(
                "Quill Hub and Meridian both back open weights.", "Ada Brook joined Meridian.");
    }

    private List<String> together() {
        return graph.connection().driver().executableQuery("""
                        MATCH (a:Entity)-[t:MENTIONED_WITH]->(b:Entity)
                        RETURN a.key + ' ~ ' + b.key + ' ' + t.weight + ' sentences in ' + t.articles + ' articles' AS line
                        ORDER BY line""").execute().records().stream().map(r -> r.get("line").asString()).toList();
    }
}
