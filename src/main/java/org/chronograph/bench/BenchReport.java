package org.chronograph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.query.PathQuery;

/**
 * The figures of one benchmark run: rows for a table (metric, measured value, target, whether it is met) and the
 * JSON object with the published keys. Figures of a skipped phase are {@code null}.
 */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Benchmark.Settings settings;
    private final RealTextBench.Figures real;
    private final ExtractionBench.Figures extraction;
    private final LoadBench.Figures load;
    private final QueryBench.Figures queries;
    private final long peakHeapMb;
    private final Map<String, long[]> heapByPhase;
    private final String machine;
    private final long events;

    BenchReport(Benchmark.Settings settings, RealTextBench.Figures real, ExtractionBench.Figures extraction,
                LoadBench.Figures load, QueryBench.Figures queries, long peakHeapMb, Map<String, long[]> heapByPhase,
                String machine) {
        this(settings, real, extraction, load, queries, peakHeapMb, heapByPhase, machine, settings.events());
    }

    /** A report whose queries ran on a graph of {@code events} events (an existing one, not loaded by the benchmark). */
    BenchReport(Benchmark.Settings settings, RealTextBench.Figures real, ExtractionBench.Figures extraction,
                LoadBench.Figures load, QueryBench.Figures queries, long peakHeapMb, Map<String, long[]> heapByPhase,
                String machine, long events) {
        this.events = events;
        this.settings = settings;
        this.real = real;
        this.extraction = extraction;
        this.load = load;
        this.queries = queries;
        this.peakHeapMb = peakHeapMb;
        this.heapByPhase = heapByPhase;
        this.machine = machine;
    }

    /** The published figures, in the published order. */
    public Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        putRealArticles(f);
        f.put("pipeline_tokens_per_s", extraction == null ? null : round(extraction.pipelineTps(), 1));
        f.put("raw_corenlp_tokens_per_s", extraction == null ? null : round(extraction.rawTps(), 1));
        f.put("pipeline_overhead_ratio", extraction == null ? null : round(extraction.overheadRatio(), 3));
        f.put("parallel_speedup", extraction == null ? null : round(extraction.speedup(), 3));
        f.put("load_facts_per_s", load == null ? null : round(load.loaderRate(), 0));
        f.put("unwind_best_facts_per_s", load == null ? null : round(load.baselineRate(), 0));
        f.put("load_ratio", load == null ? null : round(load.loaderRate() / load.baselineRate(), 3));
        f.put("timeline_entity_p50_ms", queries == null ? null : round(queries.timelineEntityP50(), 2));
        f.put("timeline_entity_p95_ms", queries == null ? null : round(queries.timelineEntityP95(), 2));
        f.put("timeline_period_p95_ms", queries == null ? null : round(queries.timelinePeriodP95(), 2));
        f.put("moves_org_p95_ms", queries == null ? null : round(queries.movesOrgP95(), 2));
        f.put("path_p95_ms", queries == null ? null : round(queries.pathP95(), 2));
        f.put("path_default_hops_p50_ms", queries == null ? null : round(queries.defaultPathP50(), 2));
        f.put("path_default_hops_p95_ms", queries == null ? null : round(queries.defaultPathP95(), 2));
        f.put("peak_heap_mb", peakHeapMb);
        f.put("events", events);
        f.put("articles", settings.articles());
        return f;
    }

    /** Languages of the real-article figures, in the published order. */
    private static final List<String> LANGS = List.of("en", "fr");

    /** Extraction on real articles, per language ({@code null} for a language the texts do not have, or when skipped). */
    private void putRealArticles(Map<String, Object> f) {
        for (String lang : LANGS) {
            RealTextBench.Language l = real == null ? null : real.byLanguage().get(lang);
            f.put("extraction_tokens_per_s_" + lang, l == null ? null : round(l.extractionTps(), 1));
            f.put("raw_corenlp_tokens_per_s_" + lang, l == null ? null : round(l.rawTps(), 1));
            f.put("corenlp_default_tokens_per_s_" + lang, l == null ? null : round(l.defaultTps(), 1));
            f.put("extraction_vs_raw_" + lang, l == null ? null : round(l.ratio(), 3));
            f.put("extraction_vs_raw_cpu_" + lang, l == null ? null : round(l.cpuRatio(), 3));
            f.put("extraction_vs_raw_parallel_" + lang, l == null ? null : round(l.parallelRatio(), 3));
            f.put("extraction_vs_raw_parallel_cpu_" + lang, l == null || !(l.parallelCpuRatio() > 0) ? null : round(l.parallelCpuRatio(), 3));
            f.put("extraction_parallel_tokens_per_s_" + lang, l == null ? null : round(l.parallelExtractionTps(), 1));
            f.put("parsed_token_share_" + lang, l == null ? null : round(l.parsedShare(), 3));
        }
    }

    /** Table rows of the real-article figures. */
    private void realArticleRows(Map<String, Object> f, List<List<Object>> rows) {
        if (real == null) return;
        for (String lang : LANGS) {
            RealTextBench.Language l = real.byLanguage().get(lang);
            if (l == null) continue;
            rows.add(row("extraction_tokens_per_s_" + lang, f, null, 0));
            rows.add(row("raw_corenlp_tokens_per_s_" + lang, f, null, 0));
            rows.add(row("corenlp_default_tokens_per_s_" + lang, f, null, 0));
            rows.add(row("extraction_vs_raw_" + lang, f, ">= 2.0, one thread", -2.0));
            rows.add(row("extraction_vs_raw_cpu_" + lang, f, null, 0));
            rows.add(row("extraction_vs_raw_parallel_" + lang, f, ">= 1.8 on " + l.threads() + " threads", -1.8));
            rows.add(row("extraction_vs_raw_parallel_cpu_" + lang, f, null, 0));
            rows.add(row("extraction_parallel_tokens_per_s_" + lang, f, null, 0));
            rows.add(row("parsed_token_share_" + lang, f, null, 0));
            rows.add(info("  " + lang + " articles, tokens, facts on " + l.threads() + " threads", l.articles() + " articles, "
                    + l.tokens() + " tokens, " + (l.identical() ? "identical" : "DIFFERENT")));
        }
        rows.add(info("  real articles from", real.texts() + ", " + real.rounds() + " timed passes after a warm-up"));
    }

    /** The figures as one line of JSON. */
    public String json() {
        try {
            return JSON.writeValueAsString(figures());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("figures are plain values", e);
        }
    }

    /** Table rows: metric, measured, target, verdict ("ok", "MISS", or "" without a target). */
    public List<List<Object>> rows() {
        Map<String, Object> f = figures();
        List<List<Object>> rows = new ArrayList<>();
        realArticleRows(f, rows);
        if (extraction != null) {
            rows.add(row("pipeline_tokens_per_s", f, null, 0));
            rows.add(row("raw_corenlp_tokens_per_s", f, null, 0));
            rows.add(row("pipeline_overhead_ratio", f, "<= 1.3", 1.3));
            rows.add(row("parallel_speedup", f, ">= 1.7 on 2 cores", -1.7));
            rows.add(info("  tokens per pass, articles", extraction.tokens() + " tokens, " + settings.articles() + " articles"));
            rows.add(info("  parallel threads, same facts", extraction.threads() + " threads, " + (extraction.identical() ? "identical" : "DIFFERENT")));
        }
        if (load != null) loadRows(f, rows);
        if (queries != null) queryRows(f, rows);
        rows.add(row("peak_heap_mb", f, null, 0));
        heapByPhase.forEach((phase, mb) -> rows.add(info("  heap in " + phase + ", MB", mb[0] + " peak, "
                + (mb[1] == 0 ? "no collection ended" : mb[1] + " live after collections"))));
        rows.add(row("events", f, null, 0));
        rows.add(row("articles", f, null, 0));
        rows.add(info("machine", machine));
        return rows;
    }

    /** Table rows of loading. */
    private void loadRows(Map<String, Object> f, List<List<Object>> rows) {
        rows.add(row("load_facts_per_s", f, ">= 20000", -20000));
        rows.add(row("unwind_best_facts_per_s", f, null, 0));
        rows.add(row("load_ratio", f, ">= 0.5", -0.5));
        rows.add(info("  loader", load.loaderFacts() + " facts from " + load.articles() + " articles in "
                + String.format("%.1f", load.loaderSeconds()) + " s"));
        rows.add(info("  UNWIND baseline", load.baselineFacts() + " facts in " + load.baselineStatements() + " statements, "
                + String.format("%.1f", load.baselineSeconds()) + " s"));
        DatabaseCeiling.Figures ceiling = load.ceiling();
        rows.add(info("  database alone, one writer", String.format("%.0f nodes/s, %.0f relationships/s (%d each)",
                ceiling.nodesPerSecond(), ceiling.linksPerSecond(), ceiling.rows())));
        rows.add(info("  this graph's mix at those rates", String.format("%.0f facts/s (%.0f %% relationships)",
                ceiling.factsPerSecond(load.relationshipShare()), 100 * load.relationshipShare())));
    }

    /** Table rows of queries. */
    private void queryRows(Map<String, Object> f, List<List<Object>> rows) {
        if (settings.graph() != null) rows.add(info("  graph queried", settings.graph() + " (" + events + " events; not loaded by the benchmark)"));
        rows.add(row("timeline_entity_p50_ms", f, null, 0));
        rows.add(row("timeline_entity_p95_ms", f, "<= 10 at 1M events", 10));
        rows.add(row("timeline_period_p95_ms", f, "<= 10 at 1M events", 10));
        rows.add(row("moves_org_p95_ms", f, "<= 20 at 1M events", 20));
        rows.add(row("path_p95_ms", f, "<= 100 at 1M events", 100));
        rows.add(info("  queries", queries.samples() + " timed per kind (first page of " + QueryBench.PAGE + " rows; paths up to "
                + QueryBench.HOPS + " steps, " + queries.pathsFound() + " found)"));
        rows.add(row("path_default_hops_p50_ms", f, null, 0));
        rows.add(row("path_default_hops_p95_ms", f, null, 0));
        rows.add(info("  paths at the default", "up to " + PathQuery.DEFAULT_HOPS + " steps, " + queries.defaultPathsFound() + " found"));
    }

    /**
     * A metric row; {@code bound} > 0 is a maximum, < 0 a minimum (its absolute value), 0 no target.
     */
    private static List<Object> row(String key, Map<String, Object> f, String target, double bound) {
        Object value = f.get(key);
        String verdict = "";
        if (bound != 0 && value instanceof Number n) {
            boolean ok = bound > 0 ? n.doubleValue() <= bound : n.doubleValue() >= -bound;
            verdict = ok ? "ok" : "MISS";
        }
        return Arrays.asList(key, value, target, verdict);
    }

    private static List<Object> info(String what, Object value) {
        return Arrays.asList(what, value, null, "");
    }

    private static Number round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return null;
        if (decimals == 0) return Math.round(value);
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
