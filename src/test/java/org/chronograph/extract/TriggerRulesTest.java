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

    /**
     * A rule's word gate never refuses a sentence the rule matches: over every example sentence of a language (each
     * rule against all of them, so most pairs do not match), where the gate says "cannot match" the rule finds nothing;
     * and the gate refuses most of the pairs (or it would save nothing).
     */
    @Test
    void wordGatesRefuseOnlySentencesTheirRuleCannotMatch() {
        Triggers triggers = Triggers.bundled();
        for (String lang : List.of("en", "fr")) {
            List<AnalyzedSentence> sentences = new ArrayList<>();
            VerbLemmas lemmas = VerbLemmas.bundled(lang);
            for (Triggers.Rule rule : triggers.rules(lang)) {
                for (String example : rule.examples()) {
                    for (AnalyzedSentence s : SharedExtractor.sentences(example, lang)) {
                        if (lemmas != null) lemmas.annotate(s.tokens());
                        sentences.add(s);
                    }
                }
            }
            int refused = 0;
            int pairs = 0;
            for (Triggers.Rule rule : triggers.rules(lang)) {
                WordGate gate = WordGate.of(rule.pattern());
                for (AnalyzedSentence s : sentences) {
                    pairs++;
                    if (gate.admits(new WordGate.Sentence(s.tokens()))) continue;
                    refused++;
                    assertThat(Triggers.find(rule, s)).as(lang + " " + rule.source() + " on: " + s.text()).isEmpty();
                }
            }
            assertThat(refused).as(lang + " pairs refused by the gates").isGreaterThan(pairs * 8 / 10);
        }
    }

    @Test
    void aGateReadsPlainWordsInAnyCaseAndAnAlternationsTokens() {
        WordGate join = WordGate.of(edu.stanford.nlp.ling.tokensregex.TokenSequencePattern.compile("[{word:/join|rejoin/}] [{word:/the/}]?"));
        assertThat(join.admits(new WordGate.Sentence(SharedExtractor.sentences("Ana REJOINED Acme.", "en").get(0).tokens()))).isFalse();
        assertThat(join.admits(new WordGate.Sentence(SharedExtractor.sentences("Then Ana will Rejoin Acme.", "en").get(0).tokens()))).isTrue();
        // an alternation has no mandatory token: a sentence must hold a token one of its branches matches
        WordGate either = WordGate.of(edu.stanford.nlp.ling.tokensregex.TokenSequencePattern.compile("([{word:/a/}] | [{word:/b/}])"));
        assertThat(either.admits(new WordGate.Sentence(SharedExtractor.sentences("Plan b failed.", "en").get(0).tokens()))).isTrue();
        assertThat(either.admits(new WordGate.Sentence(SharedExtractor.sentences("Plans failed.", "en").get(0).tokens()))).isFalse();
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
