package org.chronograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.chronograph.pipeline.Ingestion;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

/**
 * The Spark job in local mode ({@code local[2,4]}: two task threads, a failed task tried up to four times) against
 * {@code ingest} of the same files, both loading the embedded Neo4j over Bolt (the job through {@code neo4j://}
 * routing): the same graph, node for node and link for link; a second run changes nothing; a load task that dies
 * half-way and is retried leaves no duplicate; the Parquet tables answer Spark SQL; bad inputs are those ingest
 * reports. On the dev articles too when {@code ../shared} is there.
 */
class SparkJobIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    /** Our own texts: the examples, some extraction fixtures, and a folder with bad inputs. */
    private static final List<String> FIXTURES = List.of("examples", "src/test/resources/extract/halcyon-en.md",
            "src/test/resources/extract/veridian-fr.md", "spark/src/test/resources/corpus");
    private static final Path DEV = Path.of("../shared/corpus/dev");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2,4]").appName("chronograph-it")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theJobLoadsTheGraphIngestLoadsAndWritesParquetAndRerunningChangesNothing(TestGraph graph, @TempDir Path out)
            throws IOException {
        List<String> ingestFailures = ingest(graph.connection(), FIXTURES);
        Map<String, SortedSet<String>> ingested = keys(graph);
        List<String> ingestDump = graph.canonicalDump();
        wipe(graph);

        // two articles per transaction, one writer: the corpus in input order, as ingest loads it
        JobReport first = job(settings(graph, out.toString(), 2, 1), FIXTURES);

        assertThat(graph.canonicalDump()).isEqualTo(ingestDump);
        assertThat(keys(graph)).isEqualTo(ingested);
        assertThat(first.badInputs()).extracting(BadInput::toString).containsExactlyElementsOf(ingestFailures);
        assertThat(ingestFailures).hasSize(4); // empty file, broken JSON line, record without id, repeated id
        assertThat(first.badPerPartition().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        assertThat(first.created()).isEqualTo(first.articles()).isEqualTo(ingested.get("articles").size());
        assertThat(ExecutorExtractor.builds()).as("one Extractor in this JVM, shared by ingest and both task threads").isEqualTo(1);

        // the Parquet tables, through Spark SQL
        for (FactTables.Table table : FactTables.Table.values()) {
            spark.read().parquet(out.resolve(table.folder).toString()).createOrReplaceTempView(table.folder);
        }
        assertThat(count("SELECT * FROM articles")).isEqualTo(first.articles());
        assertThat(count("SELECT * FROM events")).isEqualTo(first.events());
        assertThat(count("SELECT * FROM moves")).isEqualTo(first.moves());
        assertThat(count("SELECT * FROM provenance")).isEqualTo(first.events() + first.moves());
        assertThat(count("SELECT * FROM entities WHERE article_id IS NULL OR article_hash IS NULL")).isZero();
        assertThat(count("SELECT * FROM events e JOIN articles a ON e.article_id = a.id AND e.article_hash = a.hash"))
                .isEqualTo(first.events());
        List<Row> move = spark.sql("SELECT m.person, m.from, m.to, m.date, p.sentence FROM moves m JOIN provenance p "
                + "ON p.key = m.key AND p.article_id = m.article_id WHERE m.person = 'David Chen'").collectAsList();
        assertThat(move).anySatisfy(r -> {
            assertThat(r.getString(1)).isEqualTo("Meta");
            assertThat(r.getString(2)).isEqualTo("Anthropic");
            assertThat(r.getString(4)).contains("David Chen left Meta");
        });
        assertThat(spark.read().parquet(out.resolve("problems").toString()).count()).isEqualTo(4);

        // a second run: every article is stored with the same hash, so none is extracted or written again
        JobReport second = job(settings(graph, null, 2, 1), FIXTURES);
        assertThat(second.unchanged()).isEqualTo(first.articles());
        assertThat(second.extracted()).isZero();
        assertThat(second.created() + second.replaced()).isZero();
        assertThat(graph.canonicalDump()).isEqualTo(ingestDump);
    }

    @Test
    void aLoadTaskKilledHalfWayAndRetriedLeavesNoDuplicate(TestGraph graph) {
        List<String> paths = List.of("examples");
        ingest(graph.connection(), paths);
        List<String> ingestDump = graph.canonicalDump();
        wipe(graph);

        // one article per transaction, two writers; each load task's first attempt dies after its first transaction
        JobSettings failing = settings(graph, null, 1, 2).withFailOnceAfterBatches(1);
        JobReport report = job(failing, paths);

        // the retried tasks found the articles their first attempts had written, and left them alone
        assertThat(report.unchanged()).isBetween(1L, 2L);
        assertThat(report.created() + report.unchanged()).isEqualTo(report.articles());
        assertThat(graph.canonicalDump()).isEqualTo(ingestDump);
        assertThat(graph.run("test-spark-duplicate-reports", Map.of())).isEmpty();
    }

    @Test
    void onTheDevArticlesTheJobLoadsWhatIngestLoads(TestGraph graph) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DEV), "../shared/corpus/dev is absent");
        List<String> paths = List.of(DEV.toString());
        List<String> ingestFailures = ingest(graph.connection(), paths);
        Map<String, SortedSet<String>> ingested = keys(graph);
        List<String> ingestDump = graph.canonicalDump();
        wipe(graph);

        JobReport report = job(settings(graph, null, JobSettings.DEFAULT_BATCH, 1), paths);
        Map<String, SortedSet<String>> loaded = keys(graph);

        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-13s %8s %8s %s", "kind", "ingest", "spark", "same keys"));
        for (String kind : ingested.keySet()) {
            lines.add(String.format("%-13s %8d %8d %s", kind, ingested.get(kind).size(),
                    loaded.getOrDefault(kind, new TreeSet<>()).size(), ingested.get(kind).equals(loaded.get(kind))));
        }
        lines.add("whole graph (every node and relationship with its properties) equal: " + ingestDump.equals(graph.canonicalDump()));
        lines.add("job: " + report.articles() + " articles, " + report.seconds() + " s; bad inputs " + report.badInputs().size());
        Files.createDirectories(Path.of("spark/target"));
        Files.write(Path.of("spark/target/dev-equality.txt"), lines);
        lines.forEach(System.out::println);

        assertThat(loaded).isEqualTo(ingested);
        assertThat(graph.canonicalDump()).isEqualTo(ingestDump);
        assertThat(report.badInputs()).extracting(BadInput::toString).containsExactlyElementsOf(ingestFailures);
        assertThat(report.created()).isEqualTo(ingested.get("articles").size());
    }

    private static long count(String sql) {
        return spark.sql(sql).count();
    }

    private static JobReport job(JobSettings settings, List<String> paths) {
        return new ChronographJob(spark, settings).run(paths);
    }

    /** The job loading the test database through routing ({@code neo4j://}), as it would load a cluster. */
    private static JobSettings settings(TestGraph graph, String out, int batch, int writers) {
        String routing = graph.uri().replace("bolt://", "neo4j://");
        return new JobSettings(ExtractorSpec.defaults(), new GraphTarget(routing, "neo4j", null, null, 30), out, batch,
                writers, 4, false, -1);
    }

    /** {@code chronograph ingest PATHS}: the failures as ingest prints them. */
    private static List<String> ingest(GraphConnection graph, List<String> paths) {
        List<String> failures = new ArrayList<>();
        try (Stream<ReadResult> inputs = ExtractorSpec.defaults().reader().read(paths.stream().map(Path::of).toList())) {
            new Ingestion(ExecutorExtractor.get(ExtractorSpec.defaults()), graph, 2, false)
                    .run(inputs, outcome -> { }, (CorpusExtraction.Failed f) -> failures.add(f.toString()));
        }
        return failures;
    }

    private static void wipe(TestGraph graph) {
        graph.run("test-wipe", Map.of());
    }

    private static Map<String, SortedSet<String>> keys(TestGraph graph) {
        Map<String, SortedSet<String>> keys = new TreeMap<>();
        for (Record r : graph.run("test-spark-keys", Map.of())) {
            keys.computeIfAbsent(r.get("kind").asString(), k -> new TreeSet<>()).add(r.get("key").asString());
        }
        return keys;
    }
}
