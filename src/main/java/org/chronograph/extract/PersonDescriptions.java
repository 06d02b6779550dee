package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;

/**
 * A definite description of the person a story is about ("La dirigeante a quitté Halvane en janvier 2026", "The
 * 41-year-old left Calder Systems", "l'ancien chercheur", "the former Orbex researcher"): a determiner of cue list
 * "person-determiner", up to two modifiers, a noun of cue list "person-reference". It is read as a person only as its
 * clause's subject, where no person the sentence names is a subject, and not beside a name of its own ("le dirigeant
 * Paul Roy", "the founder of Vantis, Leon Hartwell"). Read from tokens and tags ({@link ClauseSubjects}), never from a
 * parse, so that the answer does not depend on which sentences were parsed. Stateless.
 */
final class PersonDescriptions {
    private final Cues cues;
    private final ClauseSubjects subjects;

    PersonDescriptions(Cues cues, ClauseSubjects subjects) {
        this.cues = cues;
        this.subjects = subjects;
    }

    /** A description found: its determiner's token and its noun's. */
    record Description(int determiner, int noun) {
    }

    /** The sentence's first description that may stand for the person in focus, or null. */
    Description find(AnalyzedSentence s, List<EntityMention> mentions) {
        List<CoreLabel> toks = s.tokens();
        int[] clause = subjects.clauses(toks);
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.Person && subjects.subject(s, clause, m.from(), m.to())) return null;
        }
        for (int i = 1; i < toks.size(); i++) {
            int d = describedBy(toks, mentions, i);
            if (d >= 0 && subjects.subject(s, clause, d, i + 1)) return new Description(d, i);
        }
        return null;
    }

    /**
     * The sentence's first description that stands as the object of a verb of cue list "person-object-verb", right after
     * it ("Lattice Forge hired the 41-year-old in May", "Ardoise IA a recruté l'ancien chercheur"), where the sentence
     * names no person, else null.
     */
    Description findObject(AnalyzedSentence s, List<EntityMention> mentions) {
        List<CoreLabel> toks = s.tokens();
        if (mentions.stream().anyMatch(m -> m.type() == EntityType.Person)) return null;
        for (int i = 2; i < toks.size(); i++) {
            int d = describedBy(toks, mentions, i);
            if (d >= 1 && cues.is("person-object-verb", toks.get(d - 1).word())) return new Description(d, i);
        }
        return null;
    }

    /**
     * The determiner's token of a description whose noun is at {@code i} ("la dirigeante", "the former Orbex researcher",
     * "the 41-year-old"), when it is no part of a name and has no name of its own, else -1.
     */
    private int describedBy(List<CoreLabel> toks, List<EntityMention> mentions, int i) {
        // "the 41-year-old", split by the tokenizer into 41 - year - old, is one modifier-less noun "year-old"
        int age = age(toks, i);
        if (age < 0 && !cues.is("person-reference", noun(toks.get(i).word()))) return -1;
        int d = age >= 0 ? (age > 0 && cues.is("person-determiner", toks.get(age - 1).word()) ? age - 1 : -1)
                : determiner(toks, mentions, i);
        return d < 0 || inMention(mentions, i) || named(toks, mentions, i) ? -1 : d;
    }

    /**
     * The token of the number opening an age told as a noun where the tokenizer split it ("41 - year - old", its last
     * token at {@code i}), when "year-old" is a person-reference word, else -1.
     */
    private int age(List<CoreLabel> toks, int i) {
        if (i < 4 || !toks.get(i).word().equalsIgnoreCase("old") || !cues.is("person-reference", "year-old")) return -1;
        boolean split = toks.get(i - 1).word().equals("-") && toks.get(i - 2).word().toLowerCase(Locale.ROOT).matches("years?")
                && toks.get(i - 3).word().equals("-") && toks.get(i - 4).word().matches("\\d+");
        return split ? i - 4 : -1;
    }

    /** The word a noun is listed as: after a number and a hyphen, the rest ("41-year-old": "year-old"). */
    private static String noun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.matches("\\d+-.+") ? w.substring(w.indexOf('-') + 1) : w;
    }

    /**
     * The determiner before the noun at {@code i}, right before it or across up to two modifiers (adjectives, nouns, the
     * name of a company or organization: "the former Orbex researcher"; no person's name), else -1.
     */
    private int determiner(List<CoreLabel> toks, List<EntityMention> mentions, int i) {
        return DescriptionPhrase.determiner(cues, "person-determiner", toks, i,
                d -> mentions.stream().anyMatch(m -> m.type() == EntityType.Person && m.from() <= d && d < m.to()));
    }

    private static boolean inMention(List<EntityMention> mentions, int i) {
        return mentions.stream().anyMatch(m -> m.from() <= i && i < m.to());
    }

    /**
     * Whether the description has a name of its own: a noun or a name right after it ("le dirigeant Paul Roy", "the
     * executive team"), or its phrase ("de Halvane", "of Vantis") then a comma and a person's name.
     */
    private static boolean named(List<CoreLabel> toks, List<EntityMention> mentions, int i) {
        if (i + 1 < toks.size() && PosTags.noun(toks.get(i + 1).tag())) return true;
        int comma = DescriptionPhrase.complementEnd(toks, i);
        return comma < toks.size() && toks.get(comma).word().equals(",")
                && mentions.stream().anyMatch(m -> m.type() == EntityType.Person && m.from() == comma + 1);
    }
}
