package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every context cue of extract/&lt;lang&gt;/context.tokensregex is found at the bracketed token of each of its example
 * sentences, and not at that of its counter-examples (written with a leading '!'), each analysed by the real pipeline
 * of its language (CoreNLP for English and French, the basic tokenizer for the others).
 */
class ContextCuesTest {
    @TestFactory
    Stream<DynamicTest> everyCueIsFoundInItsExamplesOnly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : Triggers.LANGUAGES) {
            for (ContextCues.Rule rule : ContextCues.bundled(lang).rules()) {
                for (String example : rule.examples()) {
                    tests.add(DynamicTest.dynamicTest(lang + " " + rule.cue() + ":" + rule.side() + " " + rule.source() + " <- " + example,
                            () -> assertThat(foundIn(rule, lang, example)).as("cue at the bracketed token").isEqualTo(!example.startsWith("!"))));
                }
            }
        }
        return tests.stream();
    }

    /** Whether the rule is found at the bracketed token of an example (anywhere in it, for a cue of side anywhere). */
    private static boolean foundIn(ContextCues.Rule rule, String lang, String example) {
        String text = example.startsWith("!") ? example.substring(1) : example;
        int at = text.indexOf('[');
        assertThat(at >= 0 || rule.side() == ContextCues.Side.ANYWHERE).as("example marks its token with [brackets]").isTrue();
        String clean = text.replace("[", "").replace("]", "");
        for (AnalyzedSentence s : SharedExtractor.sentences(clean, lang)) {
            int token = at < 0 ? 0 : s.tokenAt(at);
            if (at >= 0 && (token < 0 || s.tokens().get(token).beginPosition() != at)) continue;
            if (ContextCues.matches(rule, s.tokens(), token)) return true;
        }
        return false;
    }

    @Test
    void everyLanguageWithCoreNlpModelsHasItsCues() {
        for (String lang : List.of("en", "fr")) {
            List<String> cues = ContextCues.bundled(lang).rules().stream().map(ContextCues.Rule::cue).distinct().toList();
            assertThat(cues).contains("NEGATION", "REFERRED", "TIME_CLAUSE", "PASSIVE", "AGENT", "AMOUNT", "COMPARED",
                    "DESTINATION", "ORIGIN", "EXAMPLE");
            for (ContextCues.Rule rule : ContextCues.bundled(lang).rules()) {
                assertThat(rule.examples()).anyMatch(e -> !e.startsWith("!"));
            }
        }
    }

    @Test
    void aLanguageWithoutAFileHasNoCues() {
        AnalyzedSentence s = SharedExtractor.sentences("Acme did not raise money.", "en").get(0);
        assertThat(ContextCues.bundled("xx").at("NEGATION", s, 3)).isFalse();
        assertThat(ContextCues.bundled("en").at("NEGATION", s, 3)).isTrue();
    }
}
