package org.chronograph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.Extractor;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.LoadOutcome;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.query.MoveEntry;
import org.chronograph.query.MovesQuery;
import org.chronograph.query.TimelineEntry;
import org.chronograph.query.TimelineFilter;
import org.chronograph.query.TimelineQuery;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.BundledExamples;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Read, extract (real CoreNLP) and load (embedded Neo4j over Bolt) in one pass, as {@code ingest} does. */
class IngestionIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final Path SEED = Path.of("../shared/corpus/seed");

    private static Extractor extractor;

    @BeforeAll
    static void loadModels() {
        extractor = new Extractor();
    }

    private static Ingestion.Summary ingest(GraphConnection graph, Stream<ReadResult> inputs, List<LoadOutcome> outcomes) {
        List<CorpusExtraction.Failed> failures = new ArrayList<>();
        Ingestion.Summary summary = new Ingestion(extractor, graph, 2, false).run(inputs, outcomes::add, failures::add);
        assertThat(failures).isEmpty();
        return summary;
    }

    @Test
    void ingestingTheExamplesTwiceChangesNothingTheSecondTime(GraphConnection graph) {
        Ingestion.Summary first = ingest(graph, BundledExamples.read(new ArticleReader()), new ArrayList<>());
        List<TimelineEntry> before = new TimelineQuery(graph).run(TimelineFilter.all());

        List<LoadOutcome> outcomes = new ArrayList<>();
        Ingestion.Summary second = ingest(graph, BundledExamples.read(new ArticleReader()), outcomes);

        assertThat(first.created()).isEqualTo(BundledExamples.names().size());
        assertThat(second.unchanged()).isEqualTo(BundledExamples.names().size());
        assertThat(outcomes).extracting(LoadOutcome::status).containsOnly(LoadOutcome.Status.UNCHANGED);
        assertThat(new TimelineQuery(graph).run(TimelineFilter.all())).isEqualTo(before);
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnFacts(GraphConnection graph) {
        ingest(graph, BundledExamples.read(new ArticleReader()), new ArrayList<>());
        List<MoveEntry> moves = new MovesQuery(graph).run(null, null);
        assertThat(moves).anyMatch(m -> m.person().equals("David Chen") && "Anthropic".equals(m.to()));

        String changed = "---\ntitle: changed\nlang: en\n---\n\nDavid Chen left Meta in April 2025 and joined OpenAI.\n";
        List<LoadOutcome> outcomes = new ArrayList<>();
        ingest(graph, new ArticleReader().read("2026-03-05-talent-shuffle-en.md", changed.getBytes(StandardCharsets.UTF_8)), outcomes);

        assertThat(outcomes).extracting(LoadOutcome::status).containsExactly(LoadOutcome.Status.REPLACED);
        List<MoveEntry> after = new MovesQuery(graph).run("David Chen", null);
        assertThat(after).extracting(MoveEntry::to).contains("OpenAI").doesNotContain("Anthropic");
        // facts of the other articles are intact
        assertThat(new MovesQuery(graph).run("Sophie Martin", null)).extracting(MoveEntry::to).contains("Nordlicht AI");
    }

    @Test
    void theTimelineIsInDateOrderWithItsSources(GraphConnection graph) {
        ingest(graph, BundledExamples.read(new ArticleReader()), new ArrayList<>());
        List<TimelineEntry> timeline = new TimelineQuery(graph).run(TimelineFilter.parse("Nordlicht AI", null, null, List.of()));
        assertThat(timeline).isNotEmpty();
        List<String> dated = timeline.stream().map(TimelineEntry::date).filter(d -> d != null).map(d -> d.substring(0, 4)).toList();
        assertThat(dated).isSorted();
        assertThat(timeline).allSatisfy(e -> assertThat(e.source()).isNotNull());
        assertThat(timeline).anyMatch(e -> e.type().equals("FOUNDING") && "2024-03".equals(e.date()));
    }

    @Test
    void theFoundingArticleInBothLanguagesGivesMetasTimelineAndTheMistralMoves(GraphConnection graph) throws Exception {
        assumeTrue(Files.isDirectory(SEED), "the shared corpus is not beside the project");
        ingest(graph, new ArticleReader().read(List.of(SEED.resolve("2025-10-05-metas-llama-rise-fall-fr.md"),
                SEED.resolve("2025-10-05-metas-llama-rise-fall-en.md"))), new ArrayList<>());

        List<TimelineEntry> meta = new TimelineQuery(graph).run(TimelineFilter.parse("Meta", null, null, List.of()));
        assertThat(meta).anyMatch(e -> e.type().equals("RELEASE") && "2023".equals(e.date()) && e.participants().toString().contains("Llama 1"));
        assertThat(meta).anyMatch(e -> e.type().equals("RELEASE") && "2023".equals(e.date()) && e.participants().toString().contains("Llama 2"));
        assertThat(meta).anyMatch(e -> e.type().equals("DELAY") && e.participants().toString().contains("Behemoth"));

        List<MoveEntry> moves = new MovesQuery(graph).run(null, null);
        for (String person : List.of("Guillaume Lample", "Timothée Lacroix")) {
            assertThat(moves).anyMatch(m -> m.person().equals(person) && "Meta".equals(m.from()) && "Mistral AI".equals(m.to())
                    && m.source() != null && m.source().sentence() != null);
        }
    }
}
