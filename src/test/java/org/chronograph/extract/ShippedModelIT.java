package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.eval.Gold;
import org.chronograph.extract.eval.GoldSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models that ship in the jar (the entity typer and the event detector) are what {@code chronograph train} makes of the project's annotations (the README's
 * command): retraining writes the same file, weight for weight. Needs the corpus and gold in ../shared (skipped when
 * absent); annotates about 45 articles, a few minutes.
 */
class ShippedModelIT {
    private static final Path SHARED = Path.of("../shared");

    @Test
    void retrainingOnTheProjectsAnnotationsReproducesTheBundledModel(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SHARED.resolve("eval/gold")) && Files.isDirectory(SHARED.resolve("corpus")),
                "../shared (corpus and gold) is absent");
        List<Gold> gold = new ArrayList<>(GoldSet.load(SHARED.resolve("eval/gold"), null));
        for (String sub : List.of("fixtures", "own", "pool")) gold.addAll(GoldSet.load(Path.of("src/main/resources/train/annotations", sub), null));
        // the README's command lists the annotation folders in this order: gold, then the project's (fixtures, own, pool)
        TypingTrainer trainer = new TypingTrainer(List.of());
        TypingTrainer.TrainingSet set = trainer.collect(gold, List.of(SHARED.resolve("corpus"), Path.of("src/main/resources/train/texts"),
                Path.of("src/test/resources/extract")), f -> { });
        TypingModel typer = trainer.train(set, TypingTrainer.DEFAULT_SIGMA, TypingTrainer.DEFAULT_NONE_THRESHOLD);
        typer.write(dir);
        // the event detector is trained beside it, on the same articles read with that typer (as 'train' does)
        EventDetectorTrainer events = new EventDetectorTrainer(List.of(), typer);
        EventDetectorTrainer.TrainingSet eventSet = events.collect(gold, trainer, f -> { });
        events.train(eventSet, EventDetectorTrainer.DEFAULT_SIGMA, events.chooseThresholds(eventSet, EventDetectorTrainer.THRESHOLD_FOLDS,
                EventDetectorTrainer.THRESHOLD_SPLITS, EventDetectorTrainer.DEFAULT_SIGMA)).write(dir);

        String retrained = Files.readString(dir.resolve(TypingModel.FILE));
        String shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TypingModel.BUNDLED)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Map<String, Double>> a = TypingModel.load(dir).weights();
        Map<String, Map<String, Double>> b = TypingModel.bundled().weights();
        assertThat(a.keySet()).isEqualTo(b.keySet());
        assertThat(retrained).isEqualTo(shipped);
        String detector;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventDetector.BUNDLED)) {
            detector = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(dir.resolve(EventDetector.FILE))).isEqualTo(detector);
    }
}
