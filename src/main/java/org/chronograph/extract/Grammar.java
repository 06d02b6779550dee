package org.chronograph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the dependency parse and the words around names say of their part in a sentence: names joined by "and",
 * subjects (also through relative clauses), objects, agents, and the buyer and the bought of an acquisition.
 * Stateless.
 */
final class Grammar {
    private Grammar() {
    }

    /** The mention and the mentions of its type joined to it, before or after, by "and", "et", "or" or commas. */
    static Set<EntityMention> chain(AnalyzedSentence s, List<EntityMention> mentions, EntityMention one) {
        List<EntityMention> sorted = mentions.stream().filter(m -> m.type() == one.type())
                .sorted(Comparator.comparingInt(EntityMention::from)).toList();
        Set<EntityMention> out = new java.util.LinkedHashSet<>(List.of(one));
        int at = sorted.indexOf(one);
        for (int i = at + 1; i < sorted.size() && joins(s, sorted.get(i - 1).to(), sorted.get(i).from()); i++) out.add(sorted.get(i));
        for (int i = at - 1; i >= 0 && joins(s, sorted.get(i).to(), sorted.get(i + 1).from()); i--) out.add(sorted.get(i));
        return out;
    }

    static boolean joins(AnalyzedSentence s, int from, int to) {
        if (to - from < 1 || to - from > 2) return false;
        for (int i = from; i < to; i++) {
            if (!COORDINATION.contains(s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    private static final Set<String> COORDINATION = Set.of("and", "or", ",", "et", "ou", "&");

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom", "qui", "que", "qu'", "lequel", "laquelle");

    /**
     * "buyer" or "acquired" for an organization from its grammatical relation to an acquisition trigger, or
     * {@code null} when the parse does not say: the subject buys, the object and the passive subject are bought, the
     * agent buys ("by Google", "par Google"), a possessor buys ("Google's acquisition"), "of X" and "de X" are bought
     * ("the acquisition of X"), a relative clause on the name says by its pronoun ("X, which Google acquired"), and a
     * participle on the name makes it the bought one ("X, acquired by Google in 2014").
     */
    static String acquisitionRole(AnalyzedSentence s, int trigger, EntityMention m) {
        int head = s.head(m.from(), m.to());
        String down = s.relation(trigger, head);
        if (down != null) return roleByRelation(s, down, head);
        String up = s.relation(head, trigger);
        if (up == null || !up.startsWith("acl")) return null;
        if (!up.equals("acl:relcl")) return "acquired";
        for (int d : relativePronouns(s, trigger)) {
            String r = s.relation(trigger, d);
            if (r.equals("nsubj")) return "buyer";
            if (r.equals("obj") || r.equals("nsubj:pass")) return "acquired";
        }
        return null;
    }

    /** The relative pronouns ("which", "qui") the parse makes dependents of the trigger, in sentence order. */
    private static List<Integer> relativePronouns(AnalyzedSentence s, int trigger) {
        return s.dependents(trigger).stream()
                .filter(d -> RELATIVE_PRONOUNS.contains(s.tokens().get(d).word().toLowerCase(java.util.Locale.ROOT)))
                .filter(d -> s.relation(trigger, d) != null).toList();
    }

    static String roleByRelation(AnalyzedSentence s, String relation, int head) {
        if (relation.equals("nsubj") || relation.equals("nmod:poss") || relation.equals("obl:agent")) return "buyer";
        if (relation.equals("obj") || relation.equals("nsubj:pass") || relation.equals("compound")) return "acquired";
        if (!relation.startsWith("obl") && !relation.startsWith("nmod")) return null;
        String marker = relation.contains(":") ? relation.substring(relation.indexOf(':') + 1) : caseWord(s, head);
        if (marker == null) return null;
        marker = marker.toLowerCase(java.util.Locale.ROOT);
        if (marker.equals("by") || marker.equals("par")) return "buyer";
        if (marker.equals("of") || marker.equals("de") || marker.equals("d'") || marker.equals("du")) return "acquired";
        return null;
    }

    /**
     * The entities of a type the parse makes the subject of the trigger ("X left", "X was fired", "X, who stepped
     * down", "X et Y ont quitté", "Poolside, qui a levé"), with those joined to them by "and"; empty when the subject
     * names none or there is no parse.
     */
    static Set<EntityMention> subjects(AnalyzedSentence s, List<EntityMention> mentions, int trigger, EntityType type) {
        Set<EntityMention> out = new java.util.LinkedHashSet<>();
        List<Integer> pronouns = relativePronouns(s, trigger);
        boolean pronounSubject = pronouns.stream().anyMatch(d -> s.relation(trigger, d).startsWith("nsubj"));
        for (EntityMention m : mentions) {
            if (m.type() != type) continue;
            int head = s.head(m.from(), m.to());
            String down = s.relation(trigger, head);
            boolean subject = down != null && (down.equals("nsubj") || down.equals("nsubj:pass"));
            // a relative clause on the name, or on a noun in apposition with it ("le cofondateur Marcus Dell, qui a
            // démissionné"), whose pronoun is the subject: "X, who stepped down"
            if (!subject && pronounSubject && relativeOn(s, head, trigger)) subject = true;
            if (subject) out.addAll(chain(s, mentions, m));
        }
        // the parse may hang the relative clause on another noun ("la collecte de données de la société Poolside, qui
        // a levé"): the name right before the subject pronoun is its antecedent
        for (int d : pronouns) {
            String r = s.relation(trigger, d);
            if (!r.startsWith("nsubj") || r.equals("nsubj:pass")) continue;
            for (EntityMention m : mentions) {
                boolean comma = m.to() == d - 1 && s.tokens().get(d - 1).word().equals(",");
                if (m.type() == type && (m.to() == d || comma)) out.addAll(chain(s, mentions, m));
            }
        }
        return out;
    }

    static boolean relativeOn(AnalyzedSentence s, int head, int trigger) {
        if ("acl:relcl".equals(s.relation(head, trigger))) return true;
        for (int g : s.governors(trigger)) {
            if (!"acl:relcl".equals(s.relation(g, trigger))) continue;
            if ("appos".equals(s.relation(g, head)) || "appos".equals(s.relation(head, g))) return true;
        }
        return false;
    }

    /** True when the mention is the object, or the passive subject, of the trigger: what is founded, announced, bought. */
    static boolean objectOf(AnalyzedSentence s, int trigger, EntityMention m) {
        return isObject(s.relation(trigger, s.head(m.from(), m.to())));
    }

    private static boolean isObject(String relation) {
        return relation != null && (relation.equals("obj") || relation.equals("nsubj:pass"));
    }

    /** The preposition of a noun in the parse ("by" in "by Google"), or {@code null}. */
    static String caseWord(AnalyzedSentence s, int head) {
        for (int d : s.dependents(head)) {
            if ("case".equals(s.relation(head, d))) return s.tokens().get(d).word();
        }
        return null;
    }

    /** The agent of a passive: the name right after "by" or "par" ("acquired by Google", "racheté par Google"). */
    static boolean agentOf(AnalyzedSentence s, EntityMention m) {
        if (m.from() < 1) return false;
        String before = s.tokens().get(m.from() - 1).word().toLowerCase(java.util.Locale.ROOT);
        return before.equals("by") || before.equals("par");
    }
}
