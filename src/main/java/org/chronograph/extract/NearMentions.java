package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The entities named in a sentence as seen from a trigger word: for each entity its mention nearest the trigger in
 * the dependency parse (then in words), asked for by kind ({@link #matching}), nearest first. The parse is read only
 * for what is asked: a trigger whose event takes no entity of the kinds the sentence names leaves the sentence
 * unparsed ({@link Parse}). Gives what sorting every mention by parse distance would: the order is distance, then
 * words from the trigger, then sentence order.
 */
final class NearMentions {
    /** One mention seen from the trigger: its parse distance (read when first asked) and its offset in words. */
    static final class Near {
        private final AnalyzedSentence s;
        private final int trigger;
        private final EntityMention mention;
        private final int index;
        private int distance = -1;

        private Near(AnalyzedSentence s, int trigger, EntityMention mention, int index) {
            this.s = s;
            this.trigger = trigger;
            this.mention = mention;
            this.index = index;
        }

        EntityMention mention() {
            return mention;
        }

        /** Dependency edges from the trigger to the mention's head (reads the parse). */
        int distance() {
            if (distance < 0) distance = s.distance(trigger, s.head(mention.from(), mention.to()));
            return distance;
        }

        /** Words from the trigger to the mention's start, negative before it. */
        int offset() {
            return mention.from() - trigger;
        }
    }

    private static final Comparator<Near> NEAREST = Comparator.comparingInt(Near::distance)
            .thenComparingInt(n -> Math.abs(n.offset())).thenComparingInt(n -> n.index);

    private final List<Near> nearest = new ArrayList<>();

    /** The entities of {@code mentions} seen from token {@code trigger} of {@code s}. */
    NearMentions(AnalyzedSentence s, int trigger, List<EntityMention> mentions) {
        // an entity named twice is seen at its nearer mention: only then are distances needed to build the list
        Map<String, Near> byEntity = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Near n = new Near(s, trigger, mentions.get(i), i);
            byEntity.merge(n.mention().entity().key(), n, (a, b) -> NEAREST.compare(b, a) < 0 ? b : a);
        }
        nearest.addAll(byEntity.values());
    }

    /** The entities whose nearest mention passes {@code test}, nearest first. */
    List<Near> matching(Predicate<Near> test) {
        List<Near> out = new ArrayList<>();
        for (Near n : nearest) {
            if (test.test(n)) out.add(n);
        }
        out.sort(NEAREST);
        return out;
    }

    /** True when some entity's nearest mention passes {@code test}. */
    boolean any(Predicate<Near> test) {
        return nearest.stream().anyMatch(test);
    }
}
