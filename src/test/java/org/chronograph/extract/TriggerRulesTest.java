package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every trigger rule of extract/&lt;lang&gt;/triggers.tokensregex matches each of its example sentences, analysed by the
 * real pipeline of its language (CoreNLP for English and French, the basic tokenizer for the others).
 */
class TriggerRulesTest {
    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsExamples() {
        Triggers triggers = Triggers.bundled();
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : Triggers.LANGUAGES) {
            for (Triggers.Rule rule : triggers.rules(lang)) {
                for (String example : rule.examples()) {
                    tests.add(DynamicTest.dynamicTest(lang + " " + rule.type() + " " + rule.source() + " <- " + example, () -> {
                        List<AnalyzedSentence> sentences = SharedExtractor.sentences(example, lang);
                        VerbLemmas lemmas = VerbLemmas.bundled(lang);
                        boolean matched = false;
                        for (AnalyzedSentence s : sentences) {
                            if (lemmas != null) lemmas.annotate(s.tokens());
                            matched |= !Triggers.find(rule, s).isEmpty();
                        }
                        assertThat(matched).as("rule matches its example").isTrue();
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasAnExample() {
        Triggers triggers = Triggers.bundled();
        for (String lang : Triggers.LANGUAGES) {
            assertThat(triggers.rules(lang)).isNotEmpty();
            for (Triggers.Rule rule : triggers.rules(lang)) assertThat(rule.examples()).allMatch(e -> e.length() > 10);
        }
    }

    @Test
    void longestTriggerOfATypeWinsAtOnePlace() {
        AnalyzedSentence s = SharedExtractor.sentences("After the departure of Jean Martin, Acme hired Ana Costa.", "en").get(0);
        List<Triggers.Hit> departures = Triggers.bundled().find("en", s).stream().filter(h -> h.type() == EventType.DEPARTURE).toList();
        assertThat(departures).singleElement().satisfies(h -> {
            assertThat(h.words()).isEqualTo("departure of");
            assertThat(h.is("leaver-after")).isTrue();
        });
    }
}
