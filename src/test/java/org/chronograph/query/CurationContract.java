package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.chronograph.ChronographException;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;
import org.chronograph.graph.Curation;
import org.chronograph.graph.Curations;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.Extractions;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curations against a real Neo4j: what a merge does to names, events, moves, affiliations and co-mentions, that
 * ingesting again keeps it, that undoing it gives the graph that loading without it gives, renames with dates,
 * splits, and sharing curations through a file.
 */
abstract class CurationContract {
    private TestGraph graph;
    private GraphLoader loader;
    private Curations curations;

    @BeforeEach
    void setUp(TestGraph graph) {
        this.graph = graph;
        this.loader = new GraphLoader(graph.connection());
        this.curations = new Curations(graph.connection());
    }

    /** Helio Labs releases Ray-1 (March 2024). */
    static Extraction helioLabs() {
        return Extractions.article("helio-labs", "en").title("Helio Labs ships Ray-1").published("2024-03-20")
                .entity("Helio Labs", EntityType.Company)
                .entity("Ray-1", EntityType.Model)
                .event(EventType.RELEASE, "2024-03", "Helio Labs released Ray-1 in March 2024.",
                        "Helio Labs", "maker", "Ray-1", "model")
                .build();
    }

    /** The same release told of "HelioAI", Ann Ross's move from it, and a co-mention with Quill Hub. */
    static Extraction helioAi() {
        return Extractions.article("helio-ai", "en").title("HelioAI and its people").published("2025-04-02")
                .entity("HelioAI", EntityType.Company, "Helio AI")
                .entity("Ray-1", EntityType.Model)
                .entity("Ann Ross", EntityType.Person)
                .entity("Nimbus", EntityType.Company)
                .entity("Quill Hub", EntityType.Company)
                .event(EventType.RELEASE, "2024-03", "HelioAI released Ray-1 in March 2024.",
                        "HelioAI", "maker", "Ray-1", "model")
                .move("Ann Ross", "HelioAI", "Nimbus", "2025-02", "Ann Ross left HelioAI for Nimbus in February 2025.")
                .sentence("HelioAI and Quill Hub now share models.", "HelioAI", "Quill Hub")
                .build();
    }

    /** A later article about HelioAI, ingested after the merge. */
    static Extraction helioLater() {
        return Extractions.article("helio-later", "en").title("HelioAI raises").published("2025-09-01")
                .entity("HelioAI", EntityType.Company)
                .event(EventType.FUNDING, "2025-08", "HelioAI raised a round in August 2025.", "HelioAI", "funded")
                .build();
    }

    @Test
    void aMergeMovesNamesEventsMovesAndCoMentionsToTheEntityThatStays() {
        loader.loadAll(List.of(helioLabs(), helioAi()));
        assertThat(new TimelineQuery(graph.connection()).run(TimelineFilter.parse(null, null, null, List.of("release"))))
                .hasSize(2);

        Curations.Applied merged = curations.merge("helio-labs", "helioai", "ana", "same company");

        assertThat(merged.reloaded()).isEqualTo(1);
        assertThat(merged.curation().kind()).isEqualTo(Curation.MERGE);
        assertThat(merged.curation().labels()).containsExactly("HelioAI", "Helio AI");
        assertThat(merged.curation().names()).containsExactly("helioai", "helio-ai");
        EntityProfile helio = new EntityQuery(graph.connection()).run("HelioAI");
        assertThat(helio.key()).isEqualTo("helio-labs");
        assertThat(helio.name()).isEqualTo("Helio Labs");
        assertThat(helio.type()).isEqualTo("Company");
        assertThat(helio.aliases()).containsExactly("Helio AI", "HelioAI");
        assertThat(helio.articles()).isEqualTo(2);
        assertThat(helio.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("RELEASE");
            assertThat(e.reports()).extracting(Report::articleId).containsExactlyInAnyOrder("helio-labs", "helio-ai");
        });
        assertThat(helio.moves()).extracting(m -> m.person() + " " + m.from() + " > " + m.to())
                .containsExactly("Ann Ross Helio Labs > Nimbus");
        assertThat(helio.coMentioned()).extracting(CoMentioned::name).contains("Quill Hub");
        assertThat(new CareerQuery(graph.connection()).run("Ann Ross").steps()).extracting(Career.Step::org)
                .containsExactly("Helio Labs", "Nimbus");
        assertThat(new EntitySearch(graph.connection()).run("helioai", null, 5)).extracting(SearchHit::name)
                .containsExactly("Helio Labs");
        assertThat(curations.list(false)).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("ana");
            assertThat(c.note()).isEqualTo("same company");
            assertThat(c.at()).isNotBlank();
        });
    }

    @Test
    void ingestingAgainKeepsTheMergeAndLaterArticlesFollowIt() {
        loader.loadAll(List.of(helioLabs(), helioAi()));
        curations.merge("helio-labs", "helioai", "ana", null);
        List<String> merged = graph.canonicalDump();

        loader.load(helioAi(), true);
        loader.load(helioLabs(), true);
        assertThat(graph.canonicalDump()).isEqualTo(merged);

        loader.load(helioLater());
        EntityProfile helio = new EntityQuery(graph.connection()).run("Helio Labs");
        assertThat(helio.events()).extracting(TimelineEntry::type).containsExactly("RELEASE", "FUNDING");
        assertThat(stats().entities()).isEqualTo(5);
    }

    @Test
    void undoingAMergeGivesTheGraphThatLoadingWithoutItGivesFactsLoadedSinceIncluded() {
        loader.loadAll(List.of(helioLabs(), helioAi(), helioLater()));
        List<String> without = withoutCurations();
        wipe();
        loader.loadAll(List.of(helioLabs(), helioAi()));
        Curation merge = curations.merge("helio-labs", "helioai", "ana", null).curation();
        loader.load(helioLater());

        Curations.Applied undone = curations.undo(merge.id().substring(0, 8), "ben");

        assertThat(undone.curation().active()).isFalse();
        assertThat(withoutCurations()).isEqualTo(without);
        assertThat(curations.list(false)).isEmpty();
        assertThat(curations.list(true)).singleElement().satisfies(c -> assertThat(c.undoneBy()).isEqualTo("ben"));
        assertThat(new EntityQuery(graph.connection()).run("HelioAI").events()).extracting(TimelineEntry::type)
                .containsExactly("RELEASE", "FUNDING");
    }

    @Test
    void aDatedAliasIsARenameThatMovesOnlyTheFactsOfItsPeriod() {
        Extraction old = Extractions.article("cone-2019", "en").title("Cone Chat").published("2019-05-01")
                .entity("Pinecone Social", EntityType.Company)
                .entity("Cone Chat", EntityType.Product)
                .event(EventType.RELEASE, "2019-04", "Pinecone Social released Cone Chat in April 2019.",
                        "Pinecone Social", "maker", "Cone Chat", "product")
                .build();
        Extraction later = Extractions.article("cone-2023", "en").title("Pinecone Social today").published("2023-02-01")
                .entity("Pinecone Social", EntityType.Company)
                .entity("Lattice", EntityType.Company)
                .event(EventType.LEGAL, "2023-01", "Pinecone Social, now part of Lattice, was sued in January 2023.",
                        "Pinecone Social", "party")
                .build();
        loader.loadAll(List.of(old, later));

        Curations.Applied renamed = curations.alias("Pinecone Social", "lattice", null, "2021-10", "ana", "renamed in 2021");

        assertThat(renamed.curation().dated()).isTrue();
        assertThat(renamed.reloaded()).isEqualTo(2);
        EntityProfile lattice = new EntityQuery(graph.connection()).run("Lattice");
        assertThat(lattice.events()).extracting(e -> e.date() + " " + e.type()).containsExactly("2019-04 RELEASE");
        assertThat(lattice.mentionedIn()).extracting(Mentioning::articleId).containsExactly("cone-2023", "cone-2019");
        EntityProfile pinecone = new EntityQuery(graph.connection()).run("Pinecone Social");
        assertThat(pinecone.events()).extracting(e -> e.date() + " " + e.type()).containsExactly("2023-01 LEGAL");
        assertThat(pinecone.mentionedIn()).extracting(Mentioning::articleId).containsExactly("cone-2023");

        curations.undo(renamed.curation().id(), "ana");
        assertThat(new EntityQuery(graph.connection()).run("Lattice").events()).isEmpty();
    }

    @Test
    void aSplitMakesANameAnEntityOfItsOwnAndAnUndatedAliasSendsANewNameToItsEntity() {
        Extraction full = Extractions.article("orchard-full", "en").title("Orchard Research").published("2024-01-10")
                .entity("Orchard Research", EntityType.Organization, "Orchard")
                .event(EventType.FUNDING, "2023", "Orchard Research was funded in 2023.", "Orchard Research", "funded")
                .build();
        Extraction shortName = Extractions.article("orchard-short", "en").title("Orchard").published("2024-02-10")
                .entity("Orchard", EntityType.Company)
                .event(EventType.LEGAL, "2024-01", "Orchard was sued in January 2024.", "Orchard", "party")
                .build();
        loader.loadAll(List.of(full, shortName));
        assertThat(new EntityQuery(graph.connection()).run("Orchard").key()).isEqualTo("orchard-research");

        curations.split("orchard-research", "Orchard", "ana", "a fruit company, not the lab");

        EntityProfile orchard = new EntityQuery(graph.connection()).run("Orchard");
        assertThat(orchard.key()).isEqualTo("orchard");
        assertThat(orchard.events()).extracting(TimelineEntry::type).containsExactly("LEGAL");
        assertThat(new EntityQuery(graph.connection()).run("Orchard Research").events()).extracting(TimelineEntry::type)
                .containsExactly("FUNDING");
        loader.load(full, true);
        assertThat(new EntityQuery(graph.connection()).run("Orchard").key()).isEqualTo("orchard");

        curations.alias("Orchard Labs", "orchard-research", null, null, "ana", null);
        assertThat(new EntityQuery(graph.connection()).run("Orchard Labs").key()).isEqualTo("orchard-research");
        loader.load(Extractions.article("orchard-labs", "en").title("Orchard Labs").published("2024-05-01")
                .entity("Orchard Labs", EntityType.Organization)
                .event(EventType.RESTRUCTURING, "2024-04", "Orchard Labs restructured in April 2024.", "Orchard Labs", "party")
                .build());
        assertThat(new EntityQuery(graph.connection()).run("Orchard Research").events()).extracting(TimelineEntry::type)
                .containsExactly("FUNDING", "RESTRUCTURING");
        assertThatThrownBy(() -> curations.split("orchard-research", "Orchard Research", "ana", null))
                .isInstanceOf(ChronographException.class);
    }

    @Test
    void curationsExportedFromOneGraphRebuildTheSameGraphFromTheSameArticles(@TempDir Path dir) {
        loader.loadAll(List.of(helioLabs(), helioAi()));
        curations.merge("helio-labs", "helioai", "ana", "same company");
        List<String> curated = graph.canonicalDump();
        Path file = dir.resolve("team/curations.json");
        assertThat(curations.export(file)).isEqualTo(1);

        wipe();
        loader.loadAll(List.of(helioLabs(), helioAi()));
        assertThat(curations.importFile(file)).hasSize(1);
        assertThat(curations.importFile(file)).isEmpty();

        assertThat(graph.canonicalDump()).isEqualTo(curated);
    }

    private List<String> withoutCurations() {
        return graph.canonicalDump().stream().filter(line -> !line.contains("[Curation]")).toList();
    }

    private GraphStats stats() {
        return GraphStats.fetch(graph.connection());
    }

    private void wipe() {
        graph.connection().driver().executableQuery(CypherFiles.get("test-wipe")).execute();
    }
}
