package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chronograph bench} end to end on a tiny synthetic world: a table, then the figures as one JSON line. */
class BenchIT {
    private static final List<String> KEYS = List.of("pipeline_tokens_per_s", "raw_corenlp_tokens_per_s",
            "pipeline_overhead_ratio", "parallel_speedup", "load_facts_per_s", "unwind_best_facts_per_s", "load_ratio",
            "timeline_entity_p50_ms", "timeline_entity_p95_ms", "timeline_period_p95_ms", "moves_org_p95_ms", "path_p95_ms",
            "path_default_hops_p50_ms", "path_default_hops_p95_ms",
            "peak_heap_mb", "events", "articles");
    private static final List<String> REAL_ARTICLE_KEYS = List.of("extraction_tokens_per_s_en", "raw_corenlp_tokens_per_s_en",
            "corenlp_default_tokens_per_s_en", "extraction_vs_raw_en", "extraction_vs_raw_cpu_en", "extraction_vs_raw_parallel_en",
            "extraction_vs_raw_parallel_cpu_en",
            "extraction_tokens_per_s_fr", "raw_corenlp_tokens_per_s_fr", "corenlp_default_tokens_per_s_fr",
            "extraction_vs_raw_fr", "extraction_vs_raw_cpu_fr", "extraction_vs_raw_parallel_fr",
            "extraction_vs_raw_parallel_cpu_fr");

    @Test
    void benchPrintsATableAndEndsWithTheFiguresAsOneJsonLine(@TempDir Path work) throws Exception {
        Cli run = Cli.run("bench", "--events", "400", "--articles", "2", "--samples", "5", "--quiet", "--texts", "none",
                "--work", work.resolve("dbs").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.lines();
        assertThat(lines.get(0)).startsWith("Benchmark (400 events, 2 articles)");
        assertThat(run.out()).contains("load_ratio", "path_p95_ms", "machine");
        assertThat(run.out()).contains("heap in extraction, MB", "heap in loader, MB", "heap in queries, MB",
                "heap in unwind baseline, MB", "heap in ceiling, MB", "database alone, one writer",
                "this graph's mix at those rates");
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(figures.isObject()).isTrue();
        assertThat(KEYS).allSatisfy(key -> assertThat(figures.has(key)).as(key).isTrue());
        assertThat(REAL_ARTICLE_KEYS).allSatisfy(key -> assertThat(figures.get(key).isNull()).as(key).isTrue());
        assertThat(figures.get("events").asLong()).isEqualTo(400);
        assertThat(figures.get("articles").asLong()).isEqualTo(2);
        assertThat(figures.get("load_facts_per_s").asDouble()).isPositive();
        assertThat(figures.get("raw_corenlp_tokens_per_s").asDouble()).isPositive();
        assertThat(figures.get("peak_heap_mb").asLong()).isPositive();
    }

    @Test
    void benchTimesExtractionOnRealArticlesAloneWithNoEvents() throws Exception {
        // our own example articles, two English and two French, one timed pass
        Cli run = Cli.run("bench", "--events", "0", "--articles", "0", "--texts", "examples", "--rounds", "1", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.lines();
        // the table shows only what was measured (no loading figures); the last-line JSON has every key, null when not measured
        String table = String.join("\n", lines.subList(0, lines.size() - 1));
        assertThat(table).contains("extraction_vs_raw_en", "extraction_vs_raw_fr", "corenlp_default_tokens_per_s_fr",
                "en articles, tokens, facts on", "identical").doesNotContain("load_ratio", "DIFFERENT");
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(REAL_ARTICLE_KEYS).allSatisfy(key -> assertThat(figures.get(key).asDouble()).as(key).isPositive());
        assertThat(figures.get("parsed_token_share_en").asDouble()).isBetween(0.0, 1.0);
        assertThat(figures.get("load_facts_per_s").isNull()).isTrue();
        assertThat(figures.get("pipeline_tokens_per_s").isNull()).isTrue();
    }

    @Test
    void genSyntheticWritesArticlesAndAGraphThatTheQueryCommandsRead(@TempDir Path out) {
        Cli gen = Cli.run("gen-synthetic", "--events", "200", "--seed", "5", "--articles", "3", "--out", out.toString());

        assertThat(gen.exitCode()).as(gen.err()).isZero();
        assertThat(out.resolve("articles").toFile().list()).hasSize(3);
        assertThat(gen.out()).contains("events", "200");
        Cli stats = Cli.run("stats", "--data", out.resolve("graph").toString(), "--format", "json");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("\"events\" : 200");
    }

    @Test
    void benchTimesTheQueriesOnAGraphAlreadyMadeWithoutLoadingOne(@TempDir Path out) throws Exception {
        Cli gen = Cli.run("gen-synthetic", "--events", "300", "--seed", "7", "--articles", "0", "--out", out.toString());
        assertThat(gen.exitCode()).as(gen.err()).isZero();

        Cli run = Cli.run("bench", "--graph", out.resolve("graph").toString(), "--articles", "0", "--texts", "none",
                "--samples", "5", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.lines();
        String table = String.join("\n", lines.subList(0, lines.size() - 1));
        assertThat(lines.get(0)).startsWith("Benchmark (queries on " + out.resolve("graph"));
        assertThat(table).contains("timeline_entity_p95_ms", "timeline_period_p95_ms", "graph queried", "300 events")
                .doesNotContain("load_ratio");
        JsonNode figures = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(figures.get("events").asLong()).isEqualTo(300);
        assertThat(figures.get("timeline_entity_p95_ms").asDouble()).isPositive();
        assertThat(figures.get("load_facts_per_s").isNull()).isTrue();

        Cli none = Cli.run("bench", "--graph", out.resolve("nothing-here").toString(), "--articles", "0", "--texts", "none");
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("no graph in").hasLineCount(1);
        assertThat(out.resolve("nothing-here")).doesNotExist();
    }
}
