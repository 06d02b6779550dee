package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.Extractor;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphSettings;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.chronograph.pipeline.Ingestion;
import org.chronograph.source.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code ingest} processes writing overlapping articles about the same people and companies into one data
 * directory at the same time, both reaching the database through the port file of the process that holds the
 * store: no duplicate entity, and the graph of one process ingesting everything.
 */
class TwoWritersIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private static List<Path> files(Path corpus, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> corpus.resolve(String.format("story-%03d.md", i))).toList();
    }

    private static String[] ingest(Path corpus, int from, int to, Path lexicon, String... more) {
        return Stream.of(Stream.of("ingest"), files(corpus, from, to).stream().map(Path::toString),
                Stream.of("--lexicon", lexicon.toString()), Stream.of(more)).flatMap(s -> s).toArray(String[]::new);
    }

    @Test
    void twoProcessesWritingTheSameEntitiesGiveTheGraphOfOneWriter(TestGraph reference) {
        Path corpus = TemplateCorpus.write(dir.resolve("corpus"), 0, 24);
        Path lexicon = TemplateCorpus.lexicon(dir.resolve("lexicon.tsv"));
        Path data = dir.resolve("data");

        // Given the graph of one writer ingesting all 24 articles
        List<CorpusExtraction.Failed> failures = new ArrayList<>();
        new Ingestion(new Extractor(List.of(lexicon)), reference.connection(), 2, false)
                .run(new ArticleReader().read(files(corpus, 0, 24)), o -> { }, failures::add);
        assertThat(failures).isEmpty();
        List<String> oneWriter = reference.canonicalDump();

        // When this JVM holds the store, a child process ingests articles 0-15 and, once it writes, this JVM
        // ingests articles 8-23 (both through the port file), then closes the store while the child may still write
        ChildCli child;
        Cli second;
        boolean childRanPastTheSecond;
        GraphConnection owner = GraphConnection.open(GraphSettings.builder().dataDir(data).build());
        try (owner) {
            child = ChildCli.start(Path.of("target", "it-logs", "TwoWritersIT"), "first", Map.of(),
                    ingest(corpus, 0, 16, lexicon, "--data", data.toString(), "--threads", "1"));
            RunningGraph.awaitArticles(owner, 2, child, PATIENCE);
            second = Cli.run(ingest(corpus, 8, 24, lexicon, "--data", data.toString(), "--threads", "2"));
            childRanPastTheSecond = child.isAlive();
        }
        int childExit = child.exitCode(Duration.ofSeconds(30));

        // Then both succeed (the store stayed open until the child was done)
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(childExit).as(child.err()).isZero();
        assertThat(child.err()).isEmpty();
        assertThat(InterruptedIngestIT.count(child.out(), "articles")).isEqualTo(16);
        assertThat(InterruptedIngestIT.count(second.out(), "articles")).isEqualTo(16);

        // And the graph is the one writer's: no entity twice, nothing lost
        try (GraphConnection after = GraphConnection.open(GraphSettings.builder().dataDir(data).build())) {
            TestGraph graph = new TestGraph(after, null, data);
            assertThat(graph.canonicalDump()).isEqualTo(oneWriter);
            assertThat(graph.run("test-entity-keys", Map.of())).extracting(r -> r.get("key").asString()).doesNotHaveDuplicates();
        }
        System.err.println("TwoWritersIT: the child was " + (childRanPastTheSecond ? "still" : "no longer")
                + " writing when this JVM closed the store");
    }
}
