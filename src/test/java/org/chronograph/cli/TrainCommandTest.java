package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chronograph train} on the project's own annotated articles, then {@code extract --model} with the model it
 * wrote: what an analyst in another field does with thirty articles of theirs.
 */
class TrainCommandTest {
    private static final String ANNOTATIONS = "src/main/resources/train/annotations/own";
    private static final String TEXTS = "src/main/resources/train/texts";

    @Test
    void trainsPrintsCrossValidatedFiguresAndTheModelDrivesExtraction(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        Path report = dir.resolve("report.tsv");
        Path predictions = dir.resolve("cross-validated.jsonl");
        Cli train = Cli.run("train", ANNOTATIONS, "--texts", TEXTS, "--out", model.toString(), "--folds", "2",
                "--report", report.toString(), "--errors", "--predictions", predictions.toString());

        assertThat(train.exitCode()).as(train.err()).isZero();
        long own;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of(ANNOTATIONS))) {
            own = files.filter(f -> f.toString().endsWith(".json")).count();
        }
        assertThat(train.out()).contains("annotated articles  " + own, "Cross-validated on " + own + " articles, 2 folds by document",
                "hand vote (before) P", "learned with None P", "candidate accuracy", "Type thresholds (3 splits of 5 folds", "clears it",
                "Typing errors on held-out articles", "annotated \\ learned", "Wrongly typed candidates on held-out articles (");
        // the event detector's threshold is chosen by cross-validation and its work on what the rules miss is printed
        assertThat(train.out()).contains("Event detector thresholds (3 splits of 5 folds", "half the rules' F1",
                "rules + detector as chosen", "Event detector on what the rules miss", "event thresholds");
        // the factor each language's held-out articles prefer is printed beside the one extraction uses (detector.tsv)
        assertThat(train.out()).contains("Event detector threshold factor by language", "preferred", "in use");
        assertThat(model.resolve("entity-typing.tsv")).exists();
        assertThat(Files.readString(model.resolve("event-detector.tsv"))).contains("# threshold: ");
        assertThat(Files.readAllLines(report).get(0)).isEqualTo("document\tname\tother forms\tannotated\tvote\tlearned\tp(learned)\tp(Person)\tp(Company)\tp(Organization)\tp(Model)\tp(Product)\tp(None)");
        // each article's entities as typed by the model of the other fold, in the JSON score.py reads
        java.util.List<String> typed = Files.readAllLines(predictions);
        assertThat(typed).hasSize((int) own);
        assertThat(typed).anyMatch(l -> l.startsWith("{\"document\":{\"file\":\"orka-fr.md\",\"lang\":\"fr\"},\"entities\":["));
        assertThat(typed).anyMatch(l -> l.contains("\"type\":\"Company\",\"aliases\":["));

        Cli extract = Cli.run("extract", "--model", model.toString(), "--format", "json", TEXTS + "/orka-fr.md");
        assertThat(extract.exitCode()).as(extract.err()).isZero();
        assertThat(extract.out()).contains("\"name\":\"Orka\"");
    }

    @Test
    void aMissingModelOrTextIsOneLineAndExitOne(@TempDir Path dir) {
        Cli extract = Cli.run("extract", "--model", dir.resolve("none").toString(), TEXTS + "/orka-fr.md");
        assertThat(extract.exitCode()).isEqualTo(1);
        assertThat(extract.err()).contains("no model in " + dir.resolve("none"));

        Cli train = Cli.run("train", ANNOTATIONS, "--texts", dir.toString(), "--folds", "0");
        assertThat(train.exitCode()).isEqualTo(1);
        assertThat(train.err().strip()).startsWith("chronograph: no text for annotated article").doesNotContain("\n");
    }
}
