package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clause's subject read from tags and punctuation, with the real CoreNLP taggers, on sentences of ours; no parse is
 * made to answer (the sentence's parse stays pending), so the answer is the same in a full-parse and an on-demand run.
 */
class ClauseSubjectsTest {
    private final ClauseSubjects subjects = new ClauseSubjects(Cues.bundled());

    @Test
    void theSubjectComesBeforeTheFirstFiniteVerbOutsideAPrepositionalPhrase() {
        AnalyzedSentence s = SharedExtractor.sentences("Orbital Labs, a rival of Brightline, raised $25 million in March 2025.", "en").get(0);
        assertThat(subjects.subject(s, at(s, "Orbital"), at(s, "Labs") + 1)).isTrue();
        assertThat(subjects.subject(s, at(s, "Brightline"), at(s, "Brightline") + 1)).isFalse();
        assertThat(s.parse().pending()).as("no parse read").isTrue();
    }

    @Test
    void anObjectAndAPossessorAreNoSubject() {
        AnalyzedSentence s = SharedExtractor.sentences("Brightline's chief said that Harlow bought Mirelle in 2024.", "en").get(0);
        assertThat(subjects.subject(s, at(s, "Brightline"), at(s, "Brightline") + 1)).isFalse();
        assertThat(subjects.subject(s, at(s, "Mirelle"), at(s, "Mirelle") + 1)).isFalse();
    }

    @Test
    void aClauseAfterACommaAndItsJoinerHasItsOwnSubject() {
        AnalyzedSentence s = SharedExtractor.sentences("Brightline rents servers from Veltria, and in March 2025 the company hired Jane Doe.", "en").get(0);
        assertThat(subjects.subject(s, at(s, "Brightline"), at(s, "Brightline") + 1)).isTrue();
        assertThat(subjects.subject(s, at(s, "Veltria"), at(s, "Veltria") + 1)).isFalse();
        assertThat(subjects.subject(s, at(s, "company"), at(s, "company") + 1)).isTrue();
        int[] clause = subjects.clauses(s.tokens());
        assertThat(clause[at(s, "company")]).isGreaterThan(clause[at(s, "Brightline")]);
    }

    @Test
    void frenchSubjectsAndPrepositions() {
        AnalyzedSentence s = SharedExtractor.sentences("En mars 2025, la start-up nantaise a levé 30 millions d'euros auprès d'Eurazeo.", "fr").get(0);
        assertThat(subjects.subject(s, at(s, "start-up"), at(s, "start-up") + 1)).isTrue();
        assertThat(subjects.subject(s, at(s, "Eurazeo"), at(s, "Eurazeo") + 1)).isFalse();
        AnalyzedSentence r = SharedExtractor.sentences("Sofia Kerrien, directrice financière chez Sirocco, a quitté Trevalis en 2026.", "fr").get(0);
        assertThat(subjects.subject(r, at(r, "Sirocco"), at(r, "Sirocco") + 1)).isFalse();
        assertThat(subjects.subject(r, at(r, "Trevalis"), at(r, "Trevalis") + 1)).isFalse();
        assertThat(r.parse().pending()).as("no parse read").isTrue();
    }

    private static int at(AnalyzedSentence s, String word) {
        List<String> words = s.tokens().stream().map(t -> t.word()).toList();
        int i = words.indexOf(word);
        assertThat(i).as(word + " in " + words).isNotNegative();
        return i;
    }
}
