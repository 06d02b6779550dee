package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who acts in a relative clause that hangs off a named person: "Elle est remplacée par Hugo Lambert, qui avait rejoint
 * Valeo en 2016", "she hired Tom Ray, who had joined Acme in 2019": the joining is Hugo Lambert's, Tom Ray's, not that of
 * the sentence's subject or of a person a pronoun stands for. Read off the parse (an {@code acl:relcl} edge from a
 * person's name up the trigger's clause); language-free. Stateless.
 */
final class RelativeClauses {
    /** Edges climbed from a trigger to its relative clause at most ("who had joined", "who went on to join"). */
    private static final int CLIMB = 4;

    private RelativeClauses() {
    }

    /**
     * The named person whose relative clause holds token {@code trigger}, or null: none, the clause hangs off
     * something else, or a clause on the way up has a subject of its own ("Tom Ray, who left after Jane Doe joined").
     */
    static EntityMention owner(AnalyzedSentence s, List<EntityMention> mentions, int trigger) {
        // no person named, no relative clause of one: the parse is not asked
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.Person)) return null;
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
     * nothing of hers at Acme). A trigger inside one (its {@code owner} not null) reads them all.
     */
    static List<EntityMention> seenFrom(AnalyzedSentence s, List<EntityMention> mentions, EntityMention owner) {
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.Person) || owner != null) return mentions;
        boolean[] inside = relativeTokens(s, mentions);
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (!m.type().isOrganization() || !inside[m.from()]) out.add(m);
        }
        return out.size() == mentions.size() ? mentions : out;
    }

    /** The tokens of the relative clauses that hang off a named person. */
    private static boolean[] relativeTokens(AnalyzedSentence s, List<EntityMention> mentions) {
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
