package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronograph.source.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled event detector on sentences of ours that state an event in words no trigger rule knows ("forte de huit
 * ans chez"): the rules make no event of the type, the detector does, and its event has the sentence's entities in the
 * type's roles ("came over from X" in English was one too until the detector learned which types the rules made: it is
 * now 0.33 sure of that departure, below its threshold); and what the detector reads of a sentence.
 */
class EventDetectorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Forte de huit ans chez Veltrix, Claire Dubois a cofondé Solvane en 2021. | DEPARTURE | Claire Dubois | Veltrix
            """)
    void theDetectorAddsAnEventOfATypeTheRulesMissedWithItsParticipants(String lang, String sentence, EventType type,
                                                                      String person, String organization) {
        Set<EventType> byRules = EnumSet.noneOf(EventType.class);
        List<Double> sure = new ArrayList<>();
        Extraction x = extract(sentence, lang, (s, features, ruleTypes, candidates) -> {
            byRules.addAll(ruleTypes);
            if (candidates.containsKey(type)) sure.add(EventDetector.bundled().probabilities(features).get(type));
        });
        assertThat(byRules).doesNotContain(type);
        assertThat(sure).singleElement().satisfies(p -> assertThat(p).isGreaterThanOrEqualTo(EventDetector.bundled().threshold(type)));
        Event detected = x.events().stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + x.events()));
        assertThat(detected.participants()).extracting(p -> p.entity().name()).containsExactlyInAnyOrder(person, organization);
        assertThat(detected.evidence().sentence()).isEqualTo(sentence);
    }

    @Test
    void aSentenceThatStatesNoEventGetsNone() {
        Extraction x = extract("Quantica Labs is based in Oslo and sells its software to hospitals.", "en", null);
        assertThat(x.events()).isEmpty();
    }

    @Test
    void withoutADetectorOnlyTheRulesFindEvents() {
        List<String> seen = new ArrayList<>();
        Extraction x = extract("Forte de huit ans chez Veltrix, Claire Dubois a créé Solvane en 2021.", "fr",
                (s, features, ruleTypes, candidates) -> {
                    seen.add(s.text());
                    assertThat(EventDetector.events("fr", null, null, features, s, List.of(), List.of(), List.of(), null, e -> null, null)).isEmpty();
                });
        assertThat(seen).hasSize(1);
        assertThat(x.events()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | ## Acquisitions\\n\\nZeta Labs said on Monday it would buy Nimbus Robotics.          | h=acquisition  | mv=<Company>_say      | vm=buy_<Company>
            fr | ## Rachats\\n\\nEn mars, Solvane Labs a été rachetée par Veltrix Labs.            | h=rachats      | mv=<Company>_racheter | vm=racheter_<Company>
            """)
    void theDetectorReadsTheSectionHeadingAndTheVerbBeforeAndAfterEachName(String lang, String text, String heading, String after,
                                                                           String before) {
        List<java.util.SortedSet<String>> seen = new ArrayList<>();
        extract(text.replace("\\n", "\n"), lang, (s, features, ruleTypes, candidates) -> seen.add(features));
        assertThat(seen).singleElement().satisfies(f -> assertThat(f).contains(heading, after, before));
    }

    @Test
    void theDetectorReadsWhichTypesTheRulesMadeOfTheSentence() {
        // it is asked only about the other types: knowing the rules' ones, it learns how sure to be where they made none
        List<java.util.SortedSet<String>> seen = new ArrayList<>();
        Set<EventType> byRules = EnumSet.noneOf(EventType.class);
        extract("Mira Solberg left Veltrix Labs in 2024 to found Orka Systems.", "en", (s, features, ruleTypes, candidates) -> {
            seen.add(features);
            byRules.addAll(ruleTypes);
        });
        assertThat(byRules).contains(EventType.DEPARTURE);
        assertThat(seen).singleElement().satisfies(f -> assertThat(f).containsAll(byRules.stream().map(t -> "rule=" + t).toList()));
    }

    @Test
    void inAFrenchSentenceTheDetectorAddsAnEventAtTheLanguagesShareOfTheModelsThreshold() {
        // extract/fr/detector.tsv: threshold-factor 0.5 (held-out French notes of ours: events 0.826 to 0.830)
        EventDetector d = EventDetector.bundled();
        assertThat(d.threshold("fr", EventType.JOIN)).isEqualTo(d.threshold(EventType.JOIN) * 0.5);
        assertThat(d.threshold("en", EventType.JOIN)).isEqualTo(d.threshold(EventType.JOIN));
        // the appointment and the earlier post tell a join the rules do not make; the model is less sure of it than
        // its own threshold asks, surer than the French one
        String sentence = "Paul Girard a été nommé directeur général de Brumea en octobre ; il était auparavant chez Kobalt.";
        List<Double> sure = new ArrayList<>();
        Extraction x = extract(sentence, "fr", (s, features, ruleTypes, candidates) -> {
            if (!ruleTypes.contains(EventType.JOIN)) sure.add(d.probabilities(features).get(EventType.JOIN));
        });
        assertThat(sure).singleElement().satisfies(p -> assertThat(p).isBetween(d.threshold("fr", EventType.JOIN), d.threshold(EventType.JOIN)));
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.JOIN);
            assertThat(e.participants()).extracting(p -> p.entity().name()).containsExactlyInAnyOrder("Paul Girard", "Brumea");
        });
    }

    static Extraction extract(String text, String lang, EventDetector.Observer observer) {
        Article article = SharedExtractor.article(text, lang, java.time.LocalDate.of(2025, 9, 1), "Example");
        return SharedExtractor.get().extract(article, null, observer);
    }
}
