package org.chronograph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the words around names say of their part in a sentence where no parse is needed: names joined by "and" and
 * the agent after "by". The roles the dependency parse gives (subjects, objects, buyers) are Semgrex rules
 * ({@code extract/<lang>/events.semgrex}, {@link EventRules#roleOf}). Stateless.
 */
final class Grammar {
    private Grammar() {
    }

    /**
     * The mention and the mentions of its type joined to it, before or after, by "and", "et", "or" or commas, or listed
     * with it by "along with", "together with", "as well as", "ainsi que".
     */
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
        // "Noyce, along with Gordon Moore and Andrew Grove, left Fairchild": those listed with one share what one did
        if (to - from >= 2 && to - from <= 4) {
            StringBuilder between = new StringBuilder();
            for (int i = from; i < to; i++) between.append(i > from ? " " : "").append(s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT));
            if (ALONG_WITH.matcher(between).matches()) return true;
        }
        if (to - from < 1 || to - from > 2) return false;
        for (int i = from; i < to; i++) {
            if (!COORDINATION.contains(s.tokens().get(i).word().toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }

    private static final Set<String> COORDINATION = Set.of("and", "or", ",", "et", "ou", "&");
    private static final java.util.regex.Pattern ALONG_WITH =
            java.util.regex.Pattern.compile("(, )?(along with|together with|as well as|ainsi que|de même que|aux côtés de)|, (avec|accompagnée? de)");

    /** The agent of a passive: the name right after "by" or "par" ("acquired by Google", "racheté par Google"). */
    static boolean agentOf(AnalyzedSentence s, EntityMention m) {
        if (m.from() < 1) return false;
        String before = s.tokens().get(m.from() - 1).word().toLowerCase(java.util.Locale.ROOT);
        return before.equals("by") || before.equals("par");
    }
}
