package org.chronograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.ExtractionJson;
import org.chronograph.extract.eval.Evaluation;
import org.chronograph.extract.eval.Gold;
import org.chronograph.extract.eval.GoldSet;
import org.chronograph.extract.eval.Predictions;
import org.chronograph.extract.eval.ScoreJson;
import org.chronograph.extract.eval.Scorer;
import org.chronograph.source.InputProblem;
import org.chronograph.source.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chronograph eval GOLD_DIR PATH... | --predictions FILE}: extracts the articles (or reads predictions)
 * and scores them against hand annotations with the figures of {@code shared/eval/score.py}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score extraction against your own annotations (gold files, see FORMAT.md).",
                "Extracts the articles given as PATH (only those with a gold file), or reads existing predictions"
                        + " (--predictions), and prints precision, recall and F1 per part, per entity type and per"
                        + " language, with the same figures as score.py. JSON output has score.py's shape."},
        footer = {"", "--lang also keeps only the gold documents of that language (like score.py --lang).",
                "Exit codes: 0 scored (inputs that failed are listed as missing predictions), 1 unusable gold or"
                        + " predictions, 2 usage error or --fail-fast stop."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold files: <article file name>.json.")
    Path goldDir;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Articles to extract (files or folders).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this JSON Lines file (or folder of .json) of extractions instead of extracting.")
    Path predictions;

    @Option(names = "--per-doc", description = "Also print the F1 of every part for each document.")
    boolean perDoc;

    @Mixin
    ReadingOptions reading;

    @Mixin
    OutputOptions output;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        if (predictions == null && paths.isEmpty()) {
            throw console.usage("give the articles to extract (PATH...) or --predictions FILE");
        }
        if (predictions != null && !paths.isEmpty()) {
            throw console.usage("give either PATH... or --predictions FILE, not both");
        }
        PrintWriter err = console.err();
        List<Gold> gold;
        try {
            gold = GoldSet.load(goldDir, reading.lang);
        } catch (RuntimeException e) {
            return console.fail(e);
        }
        Set<String> goldFiles = gold.stream().map(Gold::file).collect(Collectors.toSet());
        Map<String, JsonNode> predicted;
        Map<String, String> reasons = new HashMap<>();
        List<String> failedInputs = new ArrayList<>();
        int unpaired;
        String source;
        if (predictions != null) {
            try {
                predicted = Predictions.load(predictions);
            } catch (RuntimeException e) {
                return console.fail(e);
            }
            unpaired = (int) predicted.keySet().stream().filter(k -> !goldFiles.contains(k)).count();
            goldFiles.forEach(f -> reasons.put(f, "not in " + predictions.getFileName()));
            source = predictions.toString();
        } else {
            predicted = new LinkedHashMap<>();
            AtomicInteger skipped = new AtomicInteger();
            Failures failures = new Failures(err, console.verbose(), reading.failFast());
            Progress progress = Progress.onTerminal(err);
            try (Stream<ReadResult> inputs = reading.reader().read(paths)) {
                Stream<ReadResult> paired = inputs.filter(r -> {
                    boolean keep = r instanceof InputProblem || r.asArticle().map(a -> goldFiles.contains(Gold.baseName(a.id()))).orElse(true);
                    if (!keep) skipped.incrementAndGet();
                    return keep;
                });
                new CorpusExtraction(reading.extractor(), reading.threads()).run(paired, outcome -> {
                    switch (outcome) {
                        case CorpusExtraction.Extracted x -> {
                            JsonNode json = ExtractionJson.toJson(x.extraction());
                            predicted.put(Predictions.key(json, ""), json);
                            progress.article();
                        }
                        case CorpusExtraction.Failed f -> {
                            progress.clear();
                            failures.add(f);
                            failedInputs.add(f.toString());
                            reasons.put(Gold.baseName(f.source()), "input failed: " + f.message());
                            progress.failure();
                        }
                    }
                });
            } catch (Failures.Stop stop) {
                progress.clear();
                return failures.exitCode();
            } catch (RuntimeException e) {
                progress.clear();
                return console.fail(e);
            }
            progress.clear();
            unpaired = skipped.get();
            goldFiles.forEach(f -> reasons.putIfAbsent(f, "no input with this file name"));
            source = "extracted from " + paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        }
        Evaluation evaluation = Scorer.evaluate(gold, predicted);
        PrintWriter out = console.out();
        if (output.format() == Format.JSON) {
            out.println(json(ScoreJson.toJson(evaluation, perDoc, failedInputs)));
            out.flush();
        } else {
            EvalTables.Context ctx = new EvalTables.Context(goldDir.toString(), source, unpaired,
                    predictions == null ? failedInputs.size() : -1, reasons);
            output.write(out, EvalTables.of(evaluation, ctx, perDoc, output.format() == Format.CSV));
        }
        return 0;
    }

    private static String json(JsonNode node) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
