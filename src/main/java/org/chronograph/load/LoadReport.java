package org.chronograph.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a load test measured: requests, errors and latency percentiles per endpoint kind and overall, and the graph's
 * counts before and after.
 */
public final class LoadReport {
    private final int clients;
    private final long warmUpSeconds;
    private final double seconds;
    private final Map<String, Samples> byKind;
    private final Samples overall = new Samples();
    private final Map<String, Long> before;
    private final Map<String, Long> after;
    private final Map<String, String> errorExamples;

    LoadReport(int clients, long warmUpSeconds, double seconds, Map<String, Samples> byKind, Map<String, Long> before,
               Map<String, Long> after, Map<String, String> errorExamples) {
        this.clients = clients;
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
        this.byKind = new LinkedHashMap<>(byKind);
        byKind.values().forEach(overall::add);
        this.before = Map.copyOf(before);
        this.after = Map.copyOf(after);
        this.errorExamples = new LinkedHashMap<>(errorExamples);
    }

    /** Requests sent and answered (successes and errors). */
    public long requests() {
        return overall.count() + overall.errors();
    }

    public long errors() {
        return overall.errors();
    }

    /** Successful requests answered 304 Not Modified (the client sent back the ETag of an answer it had). */
    public long notModified() {
        return overall.notModified();
    }

    /** Requests (successes and errors) of one endpoint kind, such as {@code "timeline (entity)"}; 0 for an unknown kind. */
    public long requests(String kind) {
        Samples s = byKind.get(kind);
        return s == null ? 0 : s.count() + s.errors();
    }

    /** The endpoint kinds in the mix. */
    public List<String> kinds() {
        return List.copyOf(byKind.keySet());
    }

    /** True when the graph's counts (nodes, relationships, events...) are the same after the load as before. */
    public boolean graphUnchanged() {
        return before.equals(after);
    }

    /** The graph's counts before the load. */
    public Map<String, Long> countsBefore() {
        return before;
    }

    /** The graph's counts after the load. */
    public Map<String, Long> countsAfter() {
        return after;
    }

    /** A few failed requests with what went wrong, by path. */
    public Map<String, String> errorExamples() {
        return errorExamples;
    }

    /** Column names of {@link #rows()}. */
    public static List<String> columns() {
        return List.of("endpoint", "requests", "errors", "304", "p50 ms", "p95 ms", "p99 ms", "max ms");
    }

    /** One row per endpoint kind, then one for all of them. */
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        byKind.forEach((kind, s) -> rows.add(row(kind, s)));
        rows.add(row("all", overall));
        return rows;
    }

    /** The graph's counts before and after, one row per count. */
    public List<List<Object>> countRows() {
        List<List<Object>> rows = new ArrayList<>();
        before.keySet().stream().sorted().forEach(k -> rows.add(Arrays.asList(k, before.get(k), after.get(k))));
        return rows;
    }

    /** The figures as one JSON object on one line. */
    public String json() {
        return String.format(Locale.ROOT, "{\"clients\": %d, \"warm_up_s\": %d, \"seconds\": %.1f, \"requests\": %d, \"errors\": %d, "
                        + "\"not_modified\": %d, \"requests_per_s\": %.1f, \"p50_ms\": %.1f, \"p95_ms\": %.1f, "
                        + "\"p99_ms\": %.1f, \"graph_unchanged\": %s}",
                clients, warmUpSeconds, seconds, requests(), errors(), notModified(), requests() / seconds, overall.percentile(50),
                overall.percentile(95), overall.percentile(99), graphUnchanged());
    }

    private static List<Object> row(String kind, Samples s) {
        return Arrays.asList(kind, s.count() + s.errors(), s.errors(), s.notModified(), ms(s.percentile(50)), ms(s.percentile(95)),
                ms(s.percentile(99)), ms(s.max()));
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }
}
