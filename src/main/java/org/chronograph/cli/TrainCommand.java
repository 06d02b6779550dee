package org.chronograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chronograph.ChronographException;
import org.chronograph.extract.EventDetector;
import org.chronograph.extract.EventDetectorTrainer;
import org.chronograph.extract.ThresholdChoice;
import org.chronograph.extract.TypingModel;
import org.chronograph.extract.TypingTrainer;
import org.chronograph.extract.eval.Counts;
import org.chronograph.extract.eval.Gold;
import org.chronograph.extract.eval.GoldSet;
import org.chronograph.extract.eval.Part;
import org.chronograph.extract.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chronograph train ANNOTATIONS... --texts DIR... --out MODEL}: learns the entity typer from annotated articles,
 * prints its cross-validated figures (folds by document) beside the hand-weighted vote's, and writes the model that
 * {@code --model MODEL} makes extraction use.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the entity typer on annotated articles and print its cross-validated figures.",
                "ANNOTATIONS are folders (searched recursively) of FORMAT.md JSON files, <article file name>.json; each"
                        + " article's text is found by file name under the --texts folders. Every candidate entity the"
                        + " extractor finds in an article is labelled with the type of the annotated entity it names,"
                        + " or None; a logistic regression learns the types from all of a candidate's mentions.",
                "Cross-validation keeps translations of one article (same name but for -en, -fr...) in one fold."},
        footer = {"", "Exit codes: 0 trained, 1 unusable annotations or texts, 2 usage error."})
final class TrainCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ANNOTATIONS", description = "Folders of annotation files (*.json).")
    List<Path> annotations;

    @Option(names = "--texts", paramLabel = "DIR", required = true,
            description = "Folder holding the annotated articles' texts (searched recursively); repeatable.")
    List<Path> texts = new ArrayList<>();

    @Option(names = "--out", paramLabel = "MODEL", description = "Folder to write the model to (omit to only cross-validate).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Cross-validation folds, by document (default: ${DEFAULT-VALUE}; 0 skips it).")
    int folds;

    @Option(names = "--sigma", paramLabel = "S", defaultValue = "" + TypingTrainer.DEFAULT_SIGMA,
            description = "Sigma of the Gaussian prior on the weights (default: ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write every candidate with its annotated, voted and cross-validated type here (TSV), to read the errors.")
    Path report;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write each article's entities as typed by the cross-validated typer (trained on the other folds)"
                    + " here, as JSON Lines that score.py reads, to read its errors against the annotations.")
    Path predictions;

    @Option(names = "--errors",
            description = "Print the cross-validated typer's errors: how often each annotated type (None: not an entity) was"
                    + " typed as each other, and every wrong candidate with its article and how sure the typer was.")
    boolean errors;

    @Option(names = "--event-sigma", paramLabel = "S", defaultValue = "" + EventDetectorTrainer.DEFAULT_SIGMA,
            description = "Sigma of the Gaussian prior on the event detector's weights (default: ${DEFAULT-VALUE}).")
    double eventSigma;

    @Option(names = "--event-report", paramLabel = "FILE",
            description = "Write every sentence with its annotated event types, the rules' and the cross-validated detector's (TSV).")
    Path eventReport;

    @Option(names = "--event-predictions", paramLabel = "FILE",
            description = "Write each article's events as extracted with the cross-validated detector at the chosen thresholds"
                    + " (JSON Lines, as extract --format json), to score and read them on articles the detector was not trained on.")
    Path eventPredictions;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep each article's CoreNLP analysis here, so that training again on the same texts skips it.")
    Path cache;

    @Option(names = "--none-threshold", paramLabel = "P", defaultValue = "" + TypingTrainer.DEFAULT_NONE_THRESHOLD,
            description = "Drop a candidate as no entity only when the model is this sure of it (default: ${DEFAULT-VALUE}).")
    double noneThreshold;

    @Option(names = "--type-threshold", paramLabel = "P",
            description = "Drop a candidate typed other than Person when the model is less sure of its type than this"
                    + " (default: half the cross-validated entities F1, the F1-optimal threshold; 0 keeps every guess).")
    Double typeThreshold;

    @Option(names = "--sure-entity", paramLabel = "P",
            description = "Keep the likeliest type of a candidate, however unsure, when the model gives no entity less than this"
                    + " (default: chosen by cross-validation among " + "0.05 to 0.25, or none where none beats never; 0: never).")
    Double sureEntity;

    @Option(names = "--event-threshold", paramLabel = "P",
            description = "The learned event detector adds an event when this sure of its type (default: chosen by cross-validation:"
                    + " half the rules' held-out events F1, and a type's own, or none, where that beats it by more than the fold noise).")
    Double eventThreshold;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Extra gazetteer entries, as for extract; repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Mixin
    OutputOptions output;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter err = console.err();
        PrintWriter stdout = console.out();
        if (folds == 1 || folds < 0) {
            throw console.usage("--folds must be 0 (no cross-validation) or at least 2");
        }
        try {
            List<Gold> gold = annotations(annotations);
            TypingTrainer trainer = new TypingTrainer(lexicons);
            Progress progress = Progress.onTerminal(err);
            TypingTrainer.TrainingSet set = trainer.collect(gold, texts, cache, file -> progress.article());
            progress.clear();
            List<Table> tables = new ArrayList<>();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("annotated articles", gold.size());
            summary.put("candidates", set.examples().size());
            set.labels().forEach((label, n) -> summary.put("  " + label, n));
            tables.add(Table.record("Training material", summary));
            // training chooses each type's own threshold by cross-validation; the figures below use them (the
            // choice was made on the same folds: the figures are slightly optimistic for it)
            TypingTrainer.ThresholdSelection thresholds = trainer.chooseTypeThresholds(set, TypingTrainer.THRESHOLD_FOLDS,
                    TypingTrainer.THRESHOLD_SPLITS, sigma, noneThreshold, typeThreshold);
            double common = thresholds.common();
            TypingModel model = trainer.train(set, sigma, noneThreshold, common, thresholds.chosen(),
                    sureEntity != null ? sureEntity : thresholds.sureEntity());
            if (!thresholds.byType().isEmpty()) tables.add(thresholdTable(thresholds, common));
            if (folds >= 2) {
                TypingTrainer.CrossValidation cv = trainer.crossValidate(set, folds, sigma, noneThreshold, common, model.typeThresholds(), model.sureEntity());
                tables.add(figures(cv));
                if (errors) {
                    tables.add(confusion(cv));
                    tables.add(errorList(cv));
                }
                if (report != null) write(report, cv.report());
                if (predictions != null) write(predictions, cv.predictions());
            }
            Map<String, Object> written = new LinkedHashMap<>();
            if (out != null) {
                model.write(out);
                written.put("entity typer", out.resolve(TypingModel.FILE).toString());
                written.put("type thresholds", common + (model.typeThresholds().isEmpty() ? "" : " " + model.typeThresholds())
                        + (model.sureEntity() > 0 ? ", none below " + model.sureEntity() : ""));
            }
            events(gold, trainer, model, tables, written);
            if (out != null) tables.add(Table.record("Model", written));
            output.write(stdout, tables);
            stdout.flush();
            return 0;
        } catch (RuntimeException e) {
            return console.fail(e);
        }
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new ChronographException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The learned event detector, trained on the articles whose annotations state events, read with the entity typer
     * just trained: its cross-validated events figures (rules alone and with the detector) and its model file.
     */
    private void events(List<Gold> gold, TypingTrainer trainer, TypingModel typer, List<Table> tables, Map<String, Object> written) {
        EventDetectorTrainer events = new EventDetectorTrainer(lexicons, typer);
        EventDetectorTrainer.TrainingSet set = events.collect(gold, trainer, file -> { });
        if (set.documents().isEmpty()) return;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("articles with annotated events", set.documents().size());
        summary.put("annotated events found in a sentence", set.evidence()[1] + " of " + set.evidence()[0]);
        set.labels().forEach((label, n) -> summary.put("  sentences " + label, n));
        set.asked().forEach((label, n) -> summary.put("  asked " + label + " (stating one)", n[0] + " (" + n[1] + ")"));
        tables.add(Table.record("Event detector: training material", summary));
        EventDetectorTrainer.ThresholdSelection chosen = eventThreshold != null
                ? EventDetectorTrainer.ThresholdSelection.fixed(eventThreshold)
                : events.chooseThresholds(set, EventDetectorTrainer.THRESHOLD_FOLDS, EventDetectorTrainer.THRESHOLD_SPLITS, eventSigma);
        if (eventThreshold == null) tables.add(eventThresholdTable(chosen));
        if (!chosen.byLanguage().isEmpty()) tables.add(languageFactorTable(chosen));
        if (folds >= 2) {
            Map<String, java.util.Set<String>> groups = new LinkedHashMap<>();
            for (Path root : annotations) {
                java.util.Set<String> files = new java.util.TreeSet<>();
                for (Gold g : annotations(List.of(root))) files.add(g.file());
                groups.putIfAbsent(root.normalize().getFileName() == null ? root.toString() : root.normalize().getFileName().toString(), files);
            }
            EventDetectorTrainer.CrossValidation cv = events.crossValidate(set, folds, eventSigma, groups, chosen);
            tables.add(eventFigures(cv));
            tables.add(detectorOnMisses(cv));
            if (eventReport != null) write(eventReport, cv.report());
            if (eventPredictions != null) write(eventPredictions, cv.predictions());
        }
        if (out != null) {
            events.train(set, eventSigma, chosen).write(out);
            written.put("event detector", out.resolve(EventDetector.FILE).toString());
            written.put("event thresholds", threshold(chosen.common()) + (chosen.chosen().isEmpty() ? "" : " " + chosen.chosen()));
        }
    }

    /** A threshold as printed: 1.0 is "off" (no probability reaches it). */
    private static String threshold(double t) {
        return t >= EventDetector.OFF ? "off" : f(t);
    }

    /** Each language's threshold factors: mean held-out events F1 of its articles, gain over factor 1, margin, the choice. */
    private static Table languageFactorTable(EventDetectorTrainer.ThresholdSelection selection) {
        List<List<Object>> rows = new ArrayList<>();
        selection.byLanguage().forEach((lang, lf) -> {
            Map<Double, ThresholdChoice.Trial> trials = new LinkedHashMap<>();
            for (ThresholdChoice.Trial t : lf.trials().trials()) trials.put(t.threshold(), t);
            lf.meanF1().forEach((factor, f1) -> {
                ThresholdChoice.Trial t = trials.get(factor);
                rows.add(List.of(lang, f(factor), threshold(selection.common() * factor), String.format(Locale.ROOT, "%.4f", f1),
                        t == null ? "(in use)" : String.format(Locale.ROOT, "%+.4f", t.gain()),
                        t == null ? "" : String.format(Locale.ROOT, "%.4f", t.margin()), t == null ? "" : t.kept() ? "yes" : "no"));
            });
            rows.add(List.of(lang, "preferred", f(lf.chosen()), "best mean F1 at " + f(lf.best()), lf.folds() + " folds", "", ""));
            rows.add(List.of(lang, "in use", f(EventDetector.languageFactor(lang)), "extract/" + lang + "/detector.tsv", "", "", ""));
        });
        return Table.of("Event detector threshold factor by language (its articles' held-out events F1, mean of the folds holding some over "
                        + EventDetectorTrainer.THRESHOLD_SPLITS + " splits of " + EventDetectorTrainer.THRESHOLD_FOLDS
                        + " folds; a factor is preferred to 1 only when its mean gain reaches the margin: 0.005 and two standard errors;"
                        + " printed, not written: extraction multiplies a language's thresholds by the factor in extract/<lang>/detector.tsv)",
                List.of("language", "factor", "common threshold times it", "mean F1", "gain over 1", "margin", "clears it"), rows);
    }

    /** The common threshold's trials against the rules alone, then each type's against the one in use, and the choice. */
    private static Table eventThresholdTable(EventDetectorTrainer.ThresholdSelection selection) {
        List<List<Object>> rows = new ArrayList<>();
        double derived = ThresholdChoice.halfF1OnGrid(selection.fromF1(), EventDetectorTrainer.GRID_STEP);
        rows.add(List.of("all", "derived", threshold(derived), String.format(Locale.ROOT,
                "half the rules' F1 %.4f (standard error %.4f) on the %s grid", selection.fromF1(), selection.fromF1Error(),
                f(EventDetectorTrainer.GRID_STEP)), ""));
        for (ThresholdChoice.Trial t : selection.gridTrials().trials()) {
            rows.add(List.of("all (grid neighbour vs derived)", threshold(t.threshold()), String.format(Locale.ROOT, "%+.4f", t.gain()),
                    String.format(Locale.ROOT, "%.4f", t.margin()), t.kept() ? "yes" : "no"));
        }
        for (ThresholdChoice.Trial t : selection.commonTrials().trials()) {
            rows.add(List.of("all (rules alone vs the common one)", threshold(t.threshold()), String.format(Locale.ROOT, "%+.4f", t.gain()),
                    String.format(Locale.ROOT, "%.4f", t.margin()), t.kept() ? "yes" : "no"));
        }
        rows.add(List.of("all", "chosen", threshold(selection.common()), "", ""));
        selection.byType().forEach((type, result) -> {
            for (ThresholdChoice.Trial t : result.trials()) {
                rows.add(List.of(type.name(), threshold(t.threshold()), String.format(Locale.ROOT, "%+.4f", t.gain()),
                        String.format(Locale.ROOT, "%.4f", t.margin()), t.kept() ? "yes" : "no"));
            }
            rows.add(List.of(type.name(), "chosen", threshold(selection.chosen().getOrDefault(type, selection.common())), "", ""));
        });
        return Table.of("Event detector thresholds (" + EventDetectorTrainer.THRESHOLD_SPLITS + " splits of " + EventDetectorTrainer.THRESHOLD_FOLDS
                        + " folds by document; a threshold replaces the one in use only when its mean gain of held-out events F1"
                        + " reaches the margin: 0.005 and two standard errors of the fold differences)",
                List.of("type", "threshold", "gain in events F1", "margin", "clears it"), rows);
    }

    /**
     * What the detector adds to the rules at each threshold, over all held-out articles and by language: of the events
     * it adds, how many are annotated (precision), and of the annotated events the rules miss, how many it finds
     * (recall). Net figures: an added event that merges into one of the rules' counts for neither.
     */
    private static Table detectorOnMisses(EventDetectorTrainer.CrossValidation cv) {
        Map<String, Score> rules = cv.scores().get(EventDetectorTrainer.RULES);
        List<List<Object>> rows = new ArrayList<>();
        cv.scores().forEach((way, byGroup) -> {
            if (way.equals(EventDetectorTrainer.RULES)) return;
            for (String group : List.of("all", "en", "fr")) {
                if (!rules.containsKey(group)) continue;
                Counts a = rules.get(group).part(Part.EVENTS);
                Counts b = byGroup.get(group).part(Part.EVENTS);
                int added = b.pred() - a.pred();
                int right = b.tp() - a.tp();
                int missed = a.gold() - a.tp();
                rows.add(List.of(way, group, added, right, missed, added <= 0 ? "-" : f((double) right / added),
                        missed == 0 ? "-" : f((double) right / missed)));
            }
        });
        return Table.of("Event detector on what the rules miss (cross-validated; net of merges)",
                List.of("events", "articles", "added", "of them annotated", "annotated the rules miss", "precision", "recall"), rows);
    }

    /** Events P / R / F1 of each way of finding them, by group of held-out articles. */
    private static Table eventFigures(EventDetectorTrainer.CrossValidation cv) {
        List<String> groups = new ArrayList<>();
        cv.scores().values().forEach(byGroup -> byGroup.keySet().forEach(g -> {
            if (!groups.contains(g)) groups.add(g);
        }));
        List<String> columns = new ArrayList<>(List.of("events"));
        for (String g : groups) columns.add(g + " P / R / F1");
        List<List<Object>> rows = new ArrayList<>();
        cv.scores().forEach((way, byGroup) -> {
            List<Object> row = new ArrayList<>(List.of(way));
            for (String g : groups) {
                Score sc = byGroup.get(g);
                Counts c = sc == null ? Counts.ZERO : sc.part(Part.EVENTS);
                row.add(f(c.precision()) + " / " + f(c.recall()) + " / " + f(c.f1()));
            }
            rows.add(row);
        });
        return Table.of("Events, cross-validated on " + cv.documents() + " articles with annotated events, " + cv.folds()
                + " folds by document", columns, rows);
    }

    /** Per-type and overall precision, recall and F1 of each way of typing, on held-out articles. */
    private static Table figures(TypingTrainer.CrossValidation cv) {
        List<String> columns = new ArrayList<>(List.of("part"));
        for (String way : cv.scores().keySet()) columns.addAll(List.of(way + " P", "R", "F1"));
        List<List<Object>> rows = new ArrayList<>();
        List<String> parts = new ArrayList<>(List.of("entities", "entities_untyped"));
        parts.addAll(org.chronograph.extract.eval.Scorer.ENTITY_TYPES);
        for (String part : parts) {
            List<Object> row = new ArrayList<>(List.of(part));
            for (Score s : cv.scores().values()) {
                Counts c = switch (part) {
                    case "entities" -> s.part(Part.ENTITIES);
                    case "entities_untyped" -> s.part(Part.ENTITIES_UNTYPED);
                    default -> s.types().get(part);
                };
                row.addAll(Arrays.asList(f(c.precision()), f(c.recall()), f(c.f1())));
            }
            rows.add(row);
        }
        List<Object> acc = new ArrayList<>(List.of("candidate accuracy"));
        for (double[] a : cv.accuracy().values()) acc.addAll(Arrays.asList(f(a[0] / a[1]), "", ""));
        rows.add(acc);
        return Table.of("Cross-validated on " + cv.documents() + " articles, " + cv.folds() + " folds by document", columns, rows);
    }

    /** Each type's tried thresholds: mean gain of held-out entities F1 over the one in use, the margin, the choice. */
    private static Table thresholdTable(TypingTrainer.ThresholdSelection selection, double common) {
        List<List<Object>> rows = new ArrayList<>();
        selection.byType().forEach((type, result) -> {
            for (ThresholdChoice.Trial t : result.trials()) {
                rows.add(List.of(type, f(t.threshold()), String.format(java.util.Locale.ROOT, "%+.4f", t.gain()),
                        String.format(java.util.Locale.ROOT, "%.4f", t.margin()), t.kept() ? "yes" : "no"));
            }
            rows.add(List.of(type, "chosen", f(selection.chosen().getOrDefault(type, common)), "", ""));
        });
        if (selection.sureEntityTrials() != null) {
            for (ThresholdChoice.Trial t : selection.sureEntityTrials().trials()) {
                rows.add(List.of("any type, P(None) below", f(t.threshold()), String.format(java.util.Locale.ROOT, "%+.4f", t.gain()),
                        String.format(java.util.Locale.ROOT, "%.4f", t.margin()), t.kept() ? "yes" : "no"));
            }
            rows.add(List.of("any type, P(None) below", "chosen", selection.sureEntity() > 0 ? f(selection.sureEntity()) : "none", "", ""));
        }
        String from = Double.isNaN(selection.fromF1()) ? "given" : "half the held-out entities F1 " + f(selection.fromF1());
        return Table.of("Type thresholds (" + TypingTrainer.THRESHOLD_SPLITS + " splits of " + TypingTrainer.THRESHOLD_FOLDS
                        + " folds by document; common " + f(common) + ", " + from + "; a type's own threshold replaces it only when"
                        + " its mean gain reaches the margin; last, keeping the likeliest type under its threshold when"
                        + " P(None) is below a value, against never)",
                List.of("type", "threshold", "gain in entities F1", "margin", "clears it"), rows);
    }

    /** Annotated labels by row, the learned typer's by column, on held-out articles. */
    private static Table confusion(TypingTrainer.CrossValidation cv) {
        Map<String, Map<String, Integer>> m = cv.confusion();
        java.util.TreeSet<String> labels = new java.util.TreeSet<>(m.keySet());
        m.values().forEach(row -> labels.addAll(row.keySet()));
        List<String> columns = new ArrayList<>(List.of("annotated \\ learned"));
        columns.addAll(labels);
        columns.add("recall");
        List<List<Object>> rows = new ArrayList<>();
        for (String a : labels) {
            Map<String, Integer> row = m.getOrDefault(a, Map.of());
            List<Object> r = new ArrayList<>(List.of(a));
            for (String l : labels) r.add(row.getOrDefault(l, 0));
            int total = row.values().stream().mapToInt(Integer::intValue).sum();
            r.add(total == 0 ? "" : f((double) row.getOrDefault(a, 0) / total));
            rows.add(r);
        }
        List<Object> precision = new ArrayList<>(List.of("precision"));
        for (String l : labels) {
            int predicted = 0;
            for (Map<String, Integer> row : m.values()) predicted += row.getOrDefault(l, 0);
            precision.add(predicted == 0 ? "" : f((double) m.getOrDefault(l, Map.of()).getOrDefault(l, 0) / predicted));
        }
        precision.add("");
        rows.add(precision);
        return Table.of("Typing errors on held-out articles: candidates by annotated and learned label", columns, rows);
    }

    /** Every held-out candidate the learned typer got wrong, grouped by kind of error. */
    private static Table errorList(TypingTrainer.CrossValidation cv) {
        List<TypingTrainer.Outcome> wrong = new ArrayList<>(cv.errors());
        wrong.sort(java.util.Comparator.comparing(TypingTrainer.Outcome::annotated).thenComparing(TypingTrainer.Outcome::learned)
                .thenComparing(TypingTrainer.Outcome::document).thenComparing(TypingTrainer.Outcome::name));
        List<List<Object>> rows = new ArrayList<>();
        for (TypingTrainer.Outcome o : wrong) {
            rows.add(List.of(o.annotated() + " -> " + o.learned(), o.name(), o.document(), f(o.probability())));
        }
        return Table.of("Wrongly typed candidates on held-out articles (" + wrong.size() + ")",
                List.of("annotated -> learned", "name", "article", "p(learned)"), rows);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** Every annotation file under the given folders, by file name (the first one found wins). */
    static List<Gold> annotations(List<Path> roots) {
        Map<String, Gold> byFile = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) throw new ChronographException("not a folder of annotations: " + root);
            List<Path> dirs;
            try (Stream<Path> walk = Files.walk(root)) {
                dirs = walk.filter(Files::isDirectory).sorted().toList();
            } catch (IOException e) {
                throw new ChronographException("cannot list " + root + ": " + e.getMessage(), e);
            }
            for (Path dir : dirs) {
                if (!hasJson(dir)) continue;
                for (Gold g : GoldSet.load(dir, null)) byFile.putIfAbsent(g.file(), g);
            }
        }
        if (byFile.isEmpty()) throw new ChronographException("no annotation files (*.json) under " + roots);
        return List.copyOf(byFile.values());
    }

    private static boolean hasJson(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p));
        } catch (IOException e) {
            throw new ChronographException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
