package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronograph.extract.eval.Gold;
import org.chronograph.extract.eval.GoldSet;
import org.chronograph.extract.eval.Part;
import org.chronograph.extract.eval.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training the event detector on the project's own short articles (src/main/resources/train, texts of ours and their
 * annotations), as {@code mvn verify} does on every build: each annotated event's evidence (cut to a few words) is
 * found in its sentence, training is deterministic, the written model reads back to the same probabilities, and
 * cross-validation scores held-out articles with the rules alone and with the detector.
 */
class EventDetectorTrainerTest {
    private static EventDetectorTrainer trainer;
    private static EventDetectorTrainer.TrainingSet set;

    @BeforeAll
    static void collect() {
        TypingTrainer typing = new TypingTrainer(List.of());
        List<Gold> gold = GoldSet.load(TypingTrainerTest.ANNOTATIONS, null);
        TypingTrainer.TrainingSet typed = typing.collect(gold, List.of(TypingTrainerTest.TEXTS), file -> { });
        trainer = new EventDetectorTrainer(List.of(), typing.train(typed, 1.0, 0.5));
        set = trainer.collect(gold, typing, file -> { });
    }

    @Test
    void labelsTheSentenceThatHoldsEachAnnotatedEvent() {
        assertThat(set.documents()).hasSize(TypingTrainerTest.ownArticlesWithEvents());
        assertThat(TypingTrainerTest.ownArticlesWithEvents()).isLessThan(TypingTrainerTest.ownArticles());
        int[] evidence = set.evidence();
        assertThat(evidence[0]).isGreaterThan(30);
        assertThat(evidence[1]).isEqualTo(evidence[0]);
        Map<String, Integer> labels = set.labels();
        assertThat(labels).containsKeys("FUNDING", "RELEASE", "none");
        EventDetectorTrainer.Example example = set.examples().stream().filter(e -> !e.labels().isEmpty()).findFirst().orElseThrow();
        assertThat(example.features()).contains("bias", "lang=" + example.lang());
    }

    @Test
    void evidenceCutToAFewWordsIsFoundInItsSentenceWhateverTheMarkupAndEllipsis() {
        List<AnalyzedSentence> sentences = SharedExtractor.sentences(
                "Orka was founded in 2019. It raised **$40 million** from Northwind Capital in March.", "en");
        assertThat(EventDetectorTrainer.sentenceOf("raised $40 million from Northwind", sentences)).isEqualTo(1);
        assertThat(EventDetectorTrainer.sentenceOf("... It raised $40 million ...", sentences)).isEqualTo(1);
        assertThat(EventDetectorTrainer.sentenceOf("was founded in 2019", sentences)).isEqualTo(0);
        assertThat(EventDetectorTrainer.sentenceOf("acquired by Zeta", sentences)).isEqualTo(-1);
    }

    @Test
    void trainingIsDeterministicAndTheFileReadsBackToTheSameProbabilities(@TempDir Path dir) {
        EventDetector one = trainer.train(set, 1.0, 0.5);
        EventDetector two = trainer.train(set, 1.0, 0.5);
        assertThat(two.weights()).isEqualTo(one.weights());
        assertThat(one.weights()).containsKeys(EventType.FUNDING, EventType.RELEASE);
        one.write(dir);
        EventDetector read = EventDetector.load(dir);
        assertThat(read.threshold()).isEqualTo(0.5);
        for (EventDetectorTrainer.Example e : set.examples()) {
            Map<EventType, Double> a = one.probabilities(e.features());
            Map<EventType, Double> b = read.probabilities(e.features());
            assertThat(b.keySet()).isEqualTo(a.keySet());
            a.forEach((t, p) -> assertThat(b.get(t)).isCloseTo(p, org.assertj.core.data.Offset.offset(1e-9)));
        }
        // what it learned of the sentences it was trained on: most funding sentences come out sure
        long funding = set.examples().stream().filter(e -> e.labels().contains(EventType.FUNDING)).count();
        long sure = set.examples().stream().filter(e -> e.labels().contains(EventType.FUNDING))
                .filter(e -> one.probabilities(e.features()).get(EventType.FUNDING) >= 0.5).count();
        assertThat(sure).isGreaterThan(funding / 2);
    }

    @Test
    void crossValidationScoresHeldOutArticlesWithTheRulesAloneAndWithTheDetector() {
        EventDetectorTrainer.CrossValidation cv = trainer.crossValidate(set, 4, 1.0,
                Map.of("own", Set.of("zeta-en.md", "orka-fr.md")));
        assertThat(cv.documents()).isEqualTo(TypingTrainerTest.ownArticlesWithEvents());
        assertThat(cv.scores()).containsKeys(EventDetectorTrainer.RULES, EventDetectorTrainer.withDetector(0.5));
        Score rules = cv.scores().get(EventDetectorTrainer.RULES).get("all");
        assertThat(rules.part(Part.EVENTS).gold()).isGreaterThanOrEqualTo(set.evidence()[0]);
        assertThat(cv.scores().get(EventDetectorTrainer.RULES)).containsKeys("en", "fr", "own", "own en", "own fr");
        // a lower threshold adds events: never fewer predicted than the rules alone
        Score low = cv.scores().get(EventDetectorTrainer.withDetector(0.3)).get("all");
        assertThat(low.part(Part.EVENTS).pred()).isGreaterThanOrEqualTo(rules.part(Part.EVENTS).pred());
    }
}
