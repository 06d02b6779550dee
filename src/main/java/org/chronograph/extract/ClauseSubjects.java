package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Which words of a sentence stand as a clause's subject, read from tokens, part-of-speech tags and punctuation alone,
 * so that the answer is the same whether the sentence was parsed or not (the parse is made on demand, see
 * {@link Parse}). A clause starts the sentence, or after a semicolon, a colon, a subordinating word (cue list
 * "clause-opener": "when", "lorsque") or a coordinating one after a comma (cue list "clause-joiner": ", and", ", et").
 * Words are its subject when they come before the clause's first finite verb (Penn VBD/VBZ/VBP/MD, universal
 * VERB/AUX), outside parentheses, after no relative word ("which Orbit bought"), not inside a prepositional phrase
 * ("a rival of Brightline", "chez Orbit": the preposition is found by walking back over the noun phrase's
 * determiners, adjectives and nouns), not a possessor ("Orbit's chief"), and a finite verb follows in the clause.
 * "Orbital Labs, a rival of Brightline, raised $25 million in March": Orbital Labs is the subject, Brightline is not.
 */
final class ClauseSubjects {
    private final Cues cues;

    ClauseSubjects(Cues cues) {
        this.cues = cues;
    }

    /** The clause of each token: 0 for the first, one more after each clause break. */
    int[] clauses(List<CoreLabel> toks) {
        int[] clause = new int[toks.size()];
        int c = 0;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            boolean afterComma = i > 0 && toks.get(i - 1).word().equals(",");
            if (i > 0 && (cues.is("clause-opener", w) || afterComma && cues.is("clause-joiner", w))) c++;
            clause[i] = c;
            if (w.equals(";") || w.equals(":")) c++;
        }
        return clause;
    }

    /** Whether tokens [from, to) stand as their clause's subject (see the class comment). */
    boolean subject(AnalyzedSentence s, int from, int to) {
        return subject(s, clauses(s.tokens()), from, to);
    }

    /** {@link #subject(AnalyzedSentence, int, int)} with the sentence's {@link #clauses} already read. */
    boolean subject(AnalyzedSentence s, int[] clause, int from, int to) {
        List<CoreLabel> toks = s.tokens();
        if (from < 0 || to > toks.size() || from >= to || s.parenthesisDepth(from) > 0) return false;
        int c = clause[from];
        for (int k = from - 1; k >= 0 && clause[k] == c; k--) {
            if (finite(toks.get(k).tag()) || cues.is("relative-word", toks.get(k).word())) return false;
        }
        // walk back over the noun phrase ("the young startup Kyutai", "la start-up lyonnaise Koyeb"): no preposition
        int k = from - 1;
        // (over a coordination too: "an executive at Google and Microsoft" puts both in the phrase); a pronoun opens no
        // noun phrase of the words before it ("In July 2026 it acquired": "it" is no part of "In July 2026")
        boolean pronoun = to - from == 1 && PosTags.pronoun(toks.get(from).tag());
        while (!pronoun && k >= 0 && clause[k] == c && (nounPhrase(toks.get(k).tag()) || conjunction(toks.get(k).tag()))) {
            // a determiner opens the noun phrase: what stands before it ("In March 2025 the company") is not its head
            if (determiner(toks.get(k).tag())) {
                k--;
                break;
            }
            k--;
        }
        if (k >= 0 && preposition(toks.get(k).tag())) return false;
        if (to < toks.size() && "POS".equals(toks.get(to).tag())) return false;
        for (int j = to; j < toks.size() && clause[j] == c; j++) {
            if (finite(toks.get(j).tag())) return s.parenthesisDepth(j) == 0;
        }
        return false;
    }

    /**
     * The first company the sentence names as a clause's subject, or null ("Brightline rents servers from Veltria":
     * Brightline; "servers rented from Veltria" names no subject company).
     */
    Entity firstCompany(AnalyzedSentence s, List<EntityMention> mentions) {
        int[] clause = clauses(s.tokens());
        EntityMention first = null;
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.Company || first != null && m.from() >= first.from()) continue;
            if (subject(s, clause, m.from(), m.to())) first = m;
        }
        return first == null ? null : first.entity();
    }

    /**
     * The last company named as a clause's subject before token {@code i}, or null; with {@code otherClause}, only in a
     * clause before {@code i}'s own ("Orbit sued the company" does not mean Orbit by "the company"; "Orbit lost its chief
     * when Jane Doe left the firm" does).
     */
    Entity companyBefore(AnalyzedSentence s, List<EntityMention> mentions, int i, boolean otherClause) {
        int[] clause = clauses(s.tokens());
        EntityMention last = null;
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.Company || m.to() > i || last != null && m.from() <= last.from()) continue;
            if (otherClause && i < clause.length && clause[m.from()] == clause[i]) continue;
            if (subject(s, clause, m.from(), m.to())) last = m;
        }
        return last == null ? null : last.entity();
    }

    /** A finite verb or auxiliary: Penn VBD, VBZ, VBP, MD; universal VERB or AUX (French tags carry no finiteness). */
    static boolean finite(String tag) {
        return tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
                || tag.equals("VERB") || tag.equals("AUX"));
    }

    private static boolean nounPhrase(String tag) {
        return tag != null && (PosTags.noun(tag) || PosTags.adjective(tag) || determiner(tag) || tag.equals("CD") || tag.equals("NUM"));
    }

    private static boolean conjunction(String tag) {
        return tag != null && (tag.equals("CC") || tag.equals("CCONJ"));
    }

    private static boolean determiner(String tag) {
        return tag != null && (tag.equals("DT") || tag.equals("DET") || tag.equals("PRP$"));
    }

    private static boolean preposition(String tag) {
        return tag != null && (tag.equals("IN") || tag.equals("TO") || tag.equals("ADP"));
    }
}
