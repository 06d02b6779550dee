package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronograph.extract.eval.Counts;
import org.chronograph.extract.eval.DateCounts;
import org.chronograph.extract.eval.DocumentScore;
import org.chronograph.extract.eval.Evaluation;
import org.chronograph.extract.eval.Part;
import org.chronograph.extract.eval.Score;

/**
 * Renders an evaluation as tables: a summary, then parts, entity types and dates for all languages and for
 * each language, the per-document F1 on request, and the missing predictions. In blocks (one titled table per
 * scope) for text and Markdown; stacked with a {@code scope} column for CSV, where titles are lost.
 */
final class EvalTables {
    static final String ALL = "all";
    private static final List<String> FIGURES = List.of("P", "R", "F1", "tp", "gold", "pred");

    /** What the command knows beyond the scores. */
    record Context(String goldDir, String predictions, int unpaired, int failed, Map<String, String> missingReasons) {
    }

    private EvalTables() {
    }

    static List<Table> of(Evaluation ev, Context ctx, boolean perDoc, boolean stacked) {
        List<Table> tables = new ArrayList<>();
        tables.add(summary(ev, ctx));
        Map<String, Score> scopes = new LinkedHashMap<>();
        scopes.put(ALL, ev.overall());
        scopes.putAll(ev.languages());
        if (stacked) {
            tables.add(stack("parts", scopes, EvalTables::parts));
            tables.add(stack("entity types", scopes, EvalTables::types));
            tables.add(stack("dates", scopes, EvalTables::dates));
        } else {
            scopes.forEach((scope, s) -> {
                String title = (scope.equals(ALL) ? "all languages" : scope) + " (" + s.documents() + (s.documents() == 1 ? " document)" : " documents)");
                tables.add(parts(title + ": parts", s));
                tables.add(types(title + ": entity types", s));
                tables.add(dates(title + ": dates", s));
            });
        }
        if (perDoc) {
            tables.add(perDocument(ev.documents()));
        }
        tables.add(missing(ev, ctx));
        return tables;
    }

    private static Table summary(Evaluation ev, Context ctx) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("gold", ctx.goldDir());
        f.put("predictions", ctx.predictions());
        f.put("documents", ev.overall().documents());
        List<String> langs = new ArrayList<>();
        ev.languages().forEach((l, s) -> langs.add(l + " " + s.documents()));
        f.put("languages", String.join(", ", langs));
        f.put("missing predictions", ev.overall().missing().size());
        f.put("inputs without gold (not scored)", ctx.unpaired());
        if (ctx.failed() >= 0) {
            f.put("failed inputs", ctx.failed());
        }
        return Table.record("Evaluation", f);
    }

    private static Table parts(String title, Score s) {
        List<List<Object>> rows = new ArrayList<>();
        for (Part p : Part.values()) {
            rows.add(row(p.key(), s.part(p)));
        }
        return Table.of(title, columns("part"), rows);
    }

    private static Table types(String title, Score s) {
        List<List<Object>> rows = new ArrayList<>();
        s.types().forEach((t, c) -> rows.add(row(t, c)));
        return Table.of(title, columns("type"), rows);
    }

    private static Table dates(String title, Score s) {
        DateCounts d = s.dates();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("event dates", d.eventsWithGoldDate(), fig(d.eventStrictAccuracy()), fig(d.eventYearAccuracy())));
        rows.add(Arrays.asList("move dates", d.movesWithGoldDate(), null, fig(d.moveYearAccuracy())));
        return Table.of(title, List.of("dates", "matched with gold date", "strict", "year"), rows);
    }

    private interface ScopeTable {
        Table of(String title, Score score);
    }

    private static Table stack(String title, Map<String, Score> scopes, ScopeTable table) {
        List<String> columns = null;
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, Score> e : scopes.entrySet()) {
            Table t = table.of(title, e.getValue());
            if (columns == null) {
                columns = new ArrayList<>(List.of("scope"));
                columns.addAll(t.columns());
            }
            for (List<Object> r : t.rows()) {
                List<Object> row = new ArrayList<>();
                row.add(e.getKey());
                row.addAll(r);
                rows.add(row);
            }
        }
        return Table.of(title, columns, rows);
    }

    private static Table perDocument(List<DocumentScore> docs) {
        List<String> columns = new ArrayList<>(List.of("document", "lang"));
        for (Part p : Part.values()) {
            columns.add(p.key());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DocumentScore d : docs) {
            List<Object> row = new ArrayList<>(Arrays.asList(d.file(), d.lang()));
            for (Part p : Part.values()) {
                row.add(String.format(Locale.ROOT, "%.2f", d.f1(p)));
            }
            rows.add(row);
        }
        return Table.of("F1 per document", columns, rows);
    }

    private static Table missing(Evaluation ev, Context ctx) {
        List<List<Object>> rows = new ArrayList<>();
        for (DocumentScore d : ev.documents()) {
            if (d.missing()) {
                rows.add(Arrays.asList(d.file(), d.lang(), ctx.missingReasons().getOrDefault(d.file(), "no prediction")));
            }
        }
        return Table.of("Missing predictions (scored as empty)", List.of("document", "lang", "reason"), rows);
    }

    private static List<String> columns(String first) {
        List<String> c = new ArrayList<>(List.of(first));
        c.addAll(FIGURES);
        return c;
    }

    private static List<Object> row(String name, Counts c) {
        return Arrays.asList(name, fig(c.precision()), fig(c.recall()), fig(c.f1()), c.tp(), c.gold(), c.pred());
    }

    /** Three decimals, as score.py prints them; {@code null} stays empty. */
    private static String fig(Double v) {
        return v == null ? null : String.format(Locale.ROOT, "%.3f", v);
    }
}
