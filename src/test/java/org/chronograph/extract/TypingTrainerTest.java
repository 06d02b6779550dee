package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.eval.Gold;
import org.chronograph.extract.eval.GoldSet;
import org.chronograph.extract.eval.Part;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training the typer on the project's own short articles (src/main/resources/train: texts of ours and their
 * annotations), as {@code mvn verify} does on every build: the examples are labelled from the annotations, training
 * is deterministic, the written model reads back to the same decisions, and cross-validation scores held-out articles.
 */
class TypingTrainerTest {
    static final Path TEXTS = Path.of("src/main/resources/train/texts");
    static final Path ANNOTATIONS = Path.of("src/main/resources/train/annotations/own");

    private static TypingTrainer trainer;
    private static TypingTrainer.TrainingSet set;

    @BeforeAll
    static void collect() {
        trainer = new TypingTrainer(List.of());
        List<Gold> gold = GoldSet.load(ANNOTATIONS, null);
        set = trainer.collect(gold, List.of(TEXTS), file -> { });
    }

    @Test
    void labelsEachCandidateFromTheAnnotations() {
        assertThat(set.documents()).hasSize(ownArticles());
        Map<String, Integer> labels = set.labels();
        assertThat(labels.keySet()).contains("Person", "Company", "Organization", "Product", TypingModel.NO_ENTITY);
        assertThat(label("quillon-en.md", "Tessel")).isEqualTo("Product");
        assertThat(label("quillon-en.md", "Hong Kong Stock Exchange")).isEqualTo("Organization");
        assertThat(label("outlook-en.md", "Resource Allocation")).isEqualTo(TypingModel.NO_ENTITY);
        assertThat(label("jeunes-pousses-fr.md", "Vitalis")).isEqualTo("Company");
        assertThat(label("halvard-en.md", "NeurIPS")).isEqualTo(TypingModel.NO_ENTITY);
        assertThat(label("vantor-en.md", "Habana Labs")).isEqualTo("Organization");
    }

    /** The number of our own annotated articles (one JSON file each). */
    /** The number of our own annotated articles that state events (the others are annotated for their entities only). */
    static int ownArticlesWithEvents() {
        int n = 0;
        for (Gold g : GoldSet.load(ANNOTATIONS, null)) {
            if (!g.json().path("events").isEmpty()) n++;
        }
        return n;
    }

    static int ownArticles() {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(ANNOTATIONS)) {
            return (int) files.filter(f -> f.toString().endsWith(".json")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String label(String doc, String name) {
        return set.examples().stream().filter(e -> e.document().equals(doc) && e.forms().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + name + " in " + doc)).label();
    }

    @Test
    void trainingIsDeterministicAndTheFileReadsBackToTheSameDecisions(@TempDir Path dir) {
        TypingModel one = trainer.train(set, 1.0, 0.5);
        TypingModel two = trainer.train(set, 1.0, 0.5);
        assertThat(two.weights()).isEqualTo(one.weights());
        one.write(dir);
        TypingModel read = TypingModel.load(dir);
        int right = 0;
        for (TypingExample e : set.examples()) {
            assertThat(read.classify(e.features())).isEqualTo(one.classify(e.features()));
            if (one.classify(e.features()).equals(e.label())) right++;
        }
        // on its own training articles the model is nearly always right (a check that it learned, not a figure)
        assertThat((double) right / set.examples().size()).isGreaterThan(0.9);
    }

    @Test
    void crossValidatesByDocumentAgainstTheVote() {
        TypingTrainer.CrossValidation cv = trainer.crossValidate(set, 4, 1.0, 0.5);
        assertThat(cv.scores()).containsKeys(TypingTrainer.VOTE, TypingTrainer.LEARNED, TypingTrainer.CEILING);
        assertThat(cv.scores().get(TypingTrainer.CEILING).part(Part.ENTITIES).f1()).isGreaterThan(0.8);
        assertThat(cv.scores().get(TypingTrainer.LEARNED).part(Part.ENTITIES).tp()).isPositive();
        assertThat(cv.report()).hasSize(set.examples().size() + 1);
        // every held-out candidate is in the confusion table once; the errors are its cells off the diagonal
        int counted = cv.confusion().values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
        assertThat(counted).isEqualTo(cv.outcomes().size()).isPositive();
        int offDiagonal = 0;
        for (var row : cv.confusion().entrySet()) {
            for (var cell : row.getValue().entrySet()) if (!cell.getKey().equals(row.getKey())) offDiagonal += cell.getValue();
        }
        assertThat(cv.errors()).hasSize(offDiagonal)
                .allSatisfy(o -> assertThat(o.learned()).isNotEqualTo(o.annotated()))
                .allSatisfy(o -> assertThat(o.probability()).isBetween(0.0, 1.0));
    }

    @Test
    void storiesGroupTranslations() {
        assertThat(TypingTrainer.story("2025-07-27-01.ai-yi-fall-fr.md")).isEqualTo(TypingTrainer.story("2025-07-27-01.ai-yi-fall-en.md"));
        assertThat(TypingTrainer.story("orka-fr.md")).isEqualTo("orka");
    }
}
