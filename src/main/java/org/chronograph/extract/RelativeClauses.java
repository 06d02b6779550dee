package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who acts in a relative clause that hangs off a named person: "Elle est remplacée par Hugo Lambert, qui avait rejoint
 * Valeo en 2016", "she hired Tom Ray, who had joined Acme in 2019": the joining is Hugo Lambert's, Tom Ray's, not that of
 * the sentence's subject or of a person a pronoun stands for. Read off the parse (an {@code acl:relcl} edge from a
 * person's name up the trigger's clause); language-free. The parse is asked only where a relative clause of a person
 * can be: a word that opens one (cue list {@code relative-word}: "who", "which", "qui", "dont"...) stands after a person
 * the sentence names ({@link #opening}); elsewhere no answer needs it. Stateless.
 */
final class RelativeClauses {
    /** Edges climbed from a trigger to its relative clause at most ("who had joined", "who went on to join"). */
    private static final int CLIMB = 4;
    /**
     * Tags (Penn and universal) of a relative word used otherwise: a conjunction ("said that", "a noté que"), a
     * determiner ("that year"), an adverb ("n'avait qu'un").
     */
    private static final Set<String> NOT_RELATIVE = Set.of("IN", "DT", "RB", "SCONJ", "CCONJ", "DET", "ADV");

    private RelativeClauses() {
    }

    /**
     * The named person whose relative clause holds token {@code trigger}, or null: none, the clause hangs off
     * something else, or a clause on the way up has a subject of its own ("Tom Ray, who left after Jane Doe joined").
     * {@code opening}: the sentence's {@link #opening}, read once for all its triggers.
     */
    static EntityMention owner(AnalyzedSentence s, List<EntityMention> mentions, int opening, int trigger) {
        // no word opening a relative clause between a person named and the trigger: the parse is not asked
        if (opening < 0 || opening > trigger) return null;
        int t = trigger;
        for (int step = 0; step <= CLIMB; step++) {
            List<Integer> governors = s.governors(t);
            for (int g : governors) {
                String r = s.relation(g, t);
                if (r != null && r.startsWith("acl:relcl")) return personAt(mentions, g);
            }
            if (namedSubject(s, mentions, t)) return null;
            int up = -1;
            for (int g : governors) {
                String r = s.relation(g, t);
                // the clause's own words lead up to it; a name's parts, a subject or an object are not a clause
                if (r != null && !r.startsWith("nsubj") && !r.startsWith("obj") && !r.equals("ref") && !r.startsWith("flat")) {
                    up = g;
                    break;
                }
            }
            if (up < 0 || up == t) return null;
            t = up;
        }
        return null;
    }

    /**
     * The participants of an event told in a relative clause of a named person ({@code owner}, from {@link #owner}; null:
     * none): its people (roles "person", "founder") are that person and those joined to it by "and", whoever else stands
     * near the trigger.
     */
    static List<Participant> ownPeople(AnalyzedSentence s, List<EntityMention> mentions, EntityMention owner, List<Participant> participants) {
        if (owner == null) return participants;
        Set<String> own = new java.util.HashSet<>();
        for (EntityMention m : Grammar.chain(s, mentions, owner)) own.add(m.entity().key());
        List<Participant> out = new ArrayList<>();
        boolean person = false;
        for (Participant p : participants) {
            if (!isPerson(p)) out.add(p);
            else if (own.contains(p.entity().key())) {
                out.add(p);
                person = true;
            }
        }
        if (participants.stream().anyMatch(RelativeClauses::isPerson) && !person) return null;
        return out;
    }

    /**
     * The mentions a trigger outside any relative clause of a person reads its participants from: all but the
     * organizations named inside one ("She was replaced as chief executive by Tom Ray, who had joined Acme in 2019":
     * nothing of hers at Acme). A trigger inside one (its {@code owner} not null) reads them all. {@code opening}: the
     * sentence's {@link #opening}.
     */
    static List<EntityMention> seenFrom(AnalyzedSentence s, List<EntityMention> mentions, int opening, EntityMention owner) {
        if (owner != null) return mentions;
        // no organization named after a word opening a relative clause of a person: none inside one, the parse is not asked
        if (opening < 0 || mentions.stream().noneMatch(m -> m.type().isOrganization() && m.from() > opening)) return mentions;
        boolean[] inside = relativeTokens(s, mentions);
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (!m.type().isOrganization() || !inside[m.from()]) out.add(m);
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    /**
     * The first token that can open a relative clause of a named person: a word of the cue list {@code relative-word}
     * after the end of a person's mention ("Tom Ray, who", "Hugo Lambert, qui", "Hugo Lambert, dont"), unless its tag
     * says it is used otherwise ({@link #NOT_RELATIVE}); -1 when there is none, and so no such clause (read from the
     * words and tags alone, no parse).
     */
    static int opening(AnalyzedSentence s, List<EntityMention> mentions) {
        int firstPersonEnd = Integer.MAX_VALUE;
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.Person) firstPersonEnd = Math.min(firstPersonEnd, m.to());
        }
        Cues cues = Cues.bundled();
        for (int k = firstPersonEnd; k < s.tokens().size(); k++) {
            edu.stanford.nlp.ling.CoreLabel t = s.tokens().get(k);
            if (cues.is("relative-word", t.word()) && (t.tag() == null || !NOT_RELATIVE.contains(t.tag()))) return k;
        }
        return -1;
    }

    /** The tokens of the relative clauses that hang off a named person. */
    static boolean[] relativeTokens(AnalyzedSentence s, List<EntityMention> mentions) {
        boolean[] in = new boolean[s.tokens().size()];
        for (int g = 0; g < in.length; g++) {
            if (personAt(mentions, g) == null) continue;
            for (int d : s.dependents(g)) {
                String r = s.relation(g, d);
                if (r != null && r.startsWith("acl:relcl")) mark(s, d, in);
            }
        }
        return in;
    }

    private static void mark(AnalyzedSentence s, int token, boolean[] in) {
        if (in[token]) return;
        in[token] = true;
        for (int d : s.dependents(token)) mark(s, d, in);
    }

    private static boolean isPerson(Participant p) {
        return p.role().equals("person") || p.role().equals("founder");
    }

    private static boolean namedSubject(AnalyzedSentence s, List<EntityMention> mentions, int head) {
        for (int d : s.dependents(head)) {
            String r = s.relation(head, d);
            if (r != null && r.startsWith("nsubj") && !r.endsWith("xsubj") && personAt(mentions, d) != null) return true;
        }
        return false;
    }

    private static EntityMention personAt(List<EntityMention> mentions, int token) {
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.Person && token >= m.from() && token < m.to()) return m;
        }
        return null;
    }
}
