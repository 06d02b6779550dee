package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate a Semgrex rule's trigger node puts before the parse: never shut where the rule could match. */
class TriggerGateTest {
    private static List<CoreLabel> tokens(String... wordLemmaTag) {
        return TestTokens.of(wordLemmaTag);
    }

    @Test
    void aTriggerNodeWithALemmaAndATagNeedsATokenWithBoth() {
        TriggerGate gate = TriggerGate.of("{lemma:/leave|quit/;tag:/VB.*/}=trigger >nsubj {}=person >obj {}=from", false);

        assertThat(gate.admits(tokens("Ana/Ana/NNP", "left/leave/VBD", "Orbit/Orbit/NNP"), false)).isTrue();
        assertThat(gate.admits(tokens("her/she/PRP$", "leave/leave/NN", "ended/end/VBD"), false)).isFalse();
        assertThat(gate.admits(tokens("Ana/Ana/NNP", "joined/join/VBD", "Orbit/Orbit/NNP"), true)).isFalse();
    }

    @Test
    void aLiteralValueMustBeEqualAndARegexMustMatchTheWholeValue() {
        TriggerGate gate = TriggerGate.of("{lemma:quitter}=trigger >nsubj {}=person", false);
        assertThat(gate.admits(tokens("quitte/quitter/VERB"), false)).isTrue();
        assertThat(gate.admits(tokens("quittera/quitterons/VERB"), false)).isFalse();

        TriggerGate whole = TriggerGate.of("{word:/found/}=trigger >obj {}=x", false);
        assertThat(whole.admits(tokens("founding/founding/NN"), false)).isFalse();
        assertThat(whole.admits(tokens("found/find/VBD"), false)).isTrue();
    }

    @Test
    void aRuleThatOnlyGivesRolesNeedsTriggerWordsAndOneStatingEventsRunsEverywhere() {
        String any = "{}=trigger >/nsubj|nmod:poss/ {}=buyer";
        assertThat(TriggerGate.of(any, true).admits(tokens("Acme/Acme/NNP"), false)).isFalse();
        assertThat(TriggerGate.of(any, true).admits(tokens("Acme/Acme/NNP"), true)).isTrue();
        assertThat(TriggerGate.of(any, false).admits(tokens("Acme/Acme/NNP"), false)).isTrue();
    }

    @Test
    void aTokenWithoutTheAttributeIsNoMatchAsInSemgrex() {
        // French tokens have no lemma but those VerbLemmas gives: a lemma node cannot match them
        TriggerGate gate = TriggerGate.of("{lemma:/diriger/;tag:VERB}=trigger >nsubj {}=person", false);
        CoreLabel noLemma = new CoreLabel();
        noLemma.setWord("dirige");
        noLemma.setTag("VERB");
        assertThat(gate.admits(List.of(noLemma), false)).isFalse();
        noLemma.setLemma("diriger");
        assertThat(gate.admits(List.of(noLemma), false)).isTrue();
        // Semgrex itself: a node with no lemma or tag matches no lemma or tag pattern, not even /.*/
        edu.stanford.nlp.semgraph.SemanticGraph g = edu.stanford.nlp.semgraph.SemanticGraph.valueOf("[dirige nsubj>Ana]");
        assertThat(edu.stanford.nlp.semgraph.semgrex.SemgrexPattern.compile("{lemma:/.*/}=trigger").matcher(g).find()).isFalse();
        assertThat(edu.stanford.nlp.semgraph.semgrex.SemgrexPattern.compile("{tag:/.*/}=trigger").matcher(g).find()).isFalse();
        assertThat(edu.stanford.nlp.semgraph.semgrex.SemgrexPattern.compile("{word:/dirige/}=trigger").matcher(g).find()).isTrue();
    }

    @Test
    void aNodeItCannotReadAdmitsEverySentence() {
        assertThat(TriggerGate.of("{ner:ORGANIZATION}=trigger >nsubj {}=x", false).admits(tokens("a/a/DT"), false)).isTrue();
        assertThat(TriggerGate.of("{lemma:!/be/}=trigger >nsubj {}=x", false).admits(tokens("a/a/DT"), false)).isTrue();
        assertThat(TriggerGate.of("{}=person <nsubj {lemma:/leave/}=trigger", false).admits(tokens("a/a/DT"), false)).isTrue();
    }

    @Test
    void everyOtherNodeThatAsksForAWordMustBeMetUnlessTheNodeMayGoUnmatched() {
        String afterYearsAt = "{lemma:/year|month/;tag:/NNS?/}=trigger >case {word:/(?i)after/} >nmod ({}=org >case {word:/at|with/})";
        TriggerGate gate = TriggerGate.of(afterYearsAt, false);
        assertThat(gate.admits(tokens("After/after/IN", "eight/eight/CD", "years/year/NNS", "at/at/IN", "Orbit/Orbit/NNP"), false)).isTrue();
        // "years" without "after": the rule cannot match, and no parse is asked for
        assertThat(gate.admits(tokens("Two/two/CD", "years/year/NNS", "at/at/IN", "Orbit/Orbit/NNP"), false)).isFalse();
        assertThat(gate.admits(tokens("After/after/IN", "two/two/CD", "years/year/NNS", "ago/ago/RB"), false)).isFalse();
        // a negated, optional or alternative part may go unmatched: only the trigger is asked for
        assertThat(TriggerGate.of("{lemma:/year/}=trigger !>case {word:/after/}", false)
                .admits(tokens("years/year/NNS"), false)).isTrue();
        assertThat(TriggerGate.of("{lemma:/year/}=trigger ?>case {word:/after/}", false)
                .admits(tokens("years/year/NNS"), false)).isTrue();
        assertThat(TriggerGate.of("{lemma:/year/}=trigger [>case {word:/after/} | >amod {word:/last/}]", false)
                .admits(tokens("last/last/JJ", "years/year/NNS"), false)).isTrue();
        // the nodes outside an alternative are still asked for: "a été directrice chez X" needs "été", so "a parlé"
        // beside a title opens no gate
        String pastPost = "{word:/(?i)directeur|directrice/}=trigger >cop {word:/(?i)été/} >nsubj {}=person"
                + " [>nmod ({}=org >case {word:/chez|de/}) | >acl ({} >obl ({}=org >case {word:/chez|de/}))]";
        assertThat(TriggerGate.of(pastPost, false).admits(tokens("Léa/Léa/PROPN", "a/avoir/AUX", "été/être/AUX",
                "directrice/directeur/NOUN", "chez/chez/ADP", "Kerval/Kerval/PROPN"), false)).isTrue();
        assertThat(TriggerGate.of(pastPost, false).admits(tokens("Paul/Paul/PROPN", ",/,/PUNCT", "directeur/directeur/NOUN",
                "de/de/ADP", "Zeta/Zeta/PROPN", "a/avoir/AUX", "parlé/parler/VERB"), false)).isFalse();
        // a bar inside a regex is no alternative
        assertThat(TriggerGate.of("{lemma:/year/}=trigger >/nmod|obl/ ({}=org >case {word:/at|with/})", false)
                .admits(tokens("years/year/NNS", "in/in/IN"), false)).isFalse();
    }

    @Test
    void aNegatedOrOptionalRelationIsLeftOutWithItsNodeAndTheRestIsStillAskedFor() {
        // "stint-at": "at" must be there; the negated "previously" need not
        String stintAt = "{lemma:/serve|work/;tag:/VB.*/}=trigger >nsubj {}=person >/obl.*/ ({}=org >case {word:/at/})"
                + " !>advmod {word:/previously|formerly/}";
        TriggerGate gate = TriggerGate.of(stintAt, false);
        assertThat(gate.admits(tokens("Ana/Ana/NNP", "worked/work/VBD", "at/at/IN", "Orbit/Orbit/NNP"), false)).isTrue();
        assertThat(gate.admits(tokens("Ana/Ana/NNP", "worked/work/VBD", "for/for/IN", "Orbit/Orbit/NNP"), false)).isFalse();
        // an optional group may go unmatched whole ("from" not asked for), its name and all
        String leftTo = "{lemma:/leave/;tag:/VB.*/}=trigger >nsubj {}=person >/obl.*/ ({}=org >case {word:/to/})"
                + " ?>obj ({}=from >case {word:/from/})";
        TriggerGate optional = TriggerGate.of(leftTo, false);
        assertThat(optional.admits(tokens("Ana/Ana/NNP", "left/leave/VBD", "to/to/IN", "found/found/VB", "Zeta/Zeta/NNP"), false)).isTrue();
        assertThat(optional.admits(tokens("Ana/Ana/NNP", "left/leave/VBD", "Orbit/Orbit/NNP"), false)).isFalse();
        assertThat(TriggerGate.of("{lemma:/leave/}=trigger ?>obj {word:/from/}=x >case {word:/to/}", false)
                .admits(tokens("left/leave/VBD", "to/to/IN"), false)).isTrue();
        // a negation inside a group leaves the group's other nodes asked for
        assertThat(TriggerGate.of("{lemma:/year/}=trigger >nmod ({}=org >case {word:/at/} !>det {word:/the/})", false)
                .admits(tokens("years/year/NNS", "with/with/IN"), false)).isFalse();
        // rules are matched ignoring case ("At Microsoft, Jane Doe led ..."), and so is the gate
        assertThat(gate.admits(tokens("At/at/IN", "Orbit/Orbit/NNP", ",/,/,", "Ana/Ana/NNP", "worked/work/VBD"), false)).isTrue();
        assertThat(TriggerGate.of("{word:at}=trigger", false).admits(tokens("At/x/IN"), false)).isTrue();
        // a negation inside a node is not read: only the trigger is asked for
        assertThat(TriggerGate.of("{lemma:/year/}=trigger >case {word:!/after/}", false).admits(tokens("years/year/NNS"), false)).isTrue();
    }
}
