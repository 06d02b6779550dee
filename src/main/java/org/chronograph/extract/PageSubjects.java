package org.chronograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.source.Block;
import org.chronograph.source.TextRange;

/**
 * Who or what a part of the page is about, and the subject it lends to the sentences in it that name none: a list
 * item's lead-in ("<b>Jane Doe</b>" above "Former head of research at Acme; co-founder of Zeta": Jane Doe left
 * Acme and co-founded Zeta), a table row's first cell (the row's cells say things of it), a heading that is one
 * name (the section is about it). Reads the sentences in order; one instance per article.
 */
final class PageSubjects {
    /** Share of a lead-in's characters a name must cover to be what the lead-in names ("Moonshot AI (Kimi)"). */
    private static final double COVER = 0.6;

    private final PageLayout layout;
    private final Triggers triggers;
    private final String lang;
    private final Map<TextRange, Entity> leadIns = new HashMap<>();
    private final Map<TextRange, Entity> rows = new HashMap<>();
    private final Entity[] sections = new Entity[7];

    PageSubjects(PageLayout layout, Triggers triggers, String lang) {
        this.layout = layout;
        this.triggers = triggers;
        this.lang = lang;
    }

    /** Notes what sentence {@code s} names when it holds a lead-in, a row's first cell or a heading. */
    void note(AnalyzedSentence s, List<EntityMention> mentions) {
        Block block = layout.blockOf(s);
        if (block == null) return;
        if (block.kind() == Block.Kind.HEADING) {
            int level = Math.max(1, Math.min(6, block.level()));
            for (int l = level; l < sections.length; l++) sections[l] = null;
            sections[level] = covering(s, mentions, block.range());
        }
        TextRange leadIn = block.leadIn();
        if (leadIn != null && leadIn.begin() >= s.begin() && leadIn.end() <= s.end()) {
            Entity named = covering(s, mentions, leadIn);
            if (named != null) leadIns.put(leadIn, named);
        }
        if (block.kind() == Block.Kind.ROW) {
            Block.Cell cell = block.cellAt(s.begin());
            if (cell != null && cell.column() == 0) {
                Entity named = covering(s, mentions, cell.range());
                if (named != null) rows.put(block.range(), named);
            }
        }
    }

    /** The subject a table row's first cell names, or {@code null} (a row naming none: "| 2021 | Seed | $4M |"). */
    Entity rowSubject(Block row) {
        return rows.get(row.range());
    }

    /** The subject the page lends to {@code s}, or {@code null}. */
    Entity subjectOf(AnalyzedSentence s) {
        Block block = layout.blockOf(s);
        if (block == null || block.isHeading()) return null;
        TextRange leadIn = block.leadIn();
        if (leadIn != null && leadIn.end() <= s.begin()) {
            Entity named = leadIns.get(leadIn);
            if (named != null) return named;
        }
        if (block.kind() == Block.Kind.ROW) {
            Block.Cell cell = block.cellAt(s.begin());
            return cell == null || cell.column() == 0 ? null : rows.get(block.range());
        }
        for (int l = sections.length - 1; l >= 1; l--) {
            if (sections[l] != null) return sections[l];
        }
        return null;
    }

    /**
     * The mention to add to {@code s} for the subject the page lends it, when the sentence has no subject of its own
     * ("Previously led the hardware team at Acme": no one is named; "$45M Series A" in a row). The subject has no
     * word of its own: it is anchored on the token the parse sets nearest the sentence's root that is neither a
     * name nor a trigger word (its closing punctuation, usually), so it stands where a subject would.
     */
    List<EntityMention> implied(AnalyzedSentence s, List<EntityMention> mentions) {
        Entity subject = subjectOf(s);
        if (subject == null || s.tokens().isEmpty() || hasSubject(s, mentions, subject)) return List.of();
        int anchor = anchor(s, mentions);
        return anchor < 0 ? List.of() : List.of(new EntityMention(subject, anchor, anchor + 1));
    }

    /**
     * Whether {@code s} names its own subject: the lent one anywhere, a name opening the sentence, or the parse's
     * subject of its main verb (a name or not). A name further in ("former student of Geoffrey Hinton") is no subject.
     */
    private static boolean hasSubject(AnalyzedSentence s, List<EntityMention> mentions, Entity subject) {
        // the names first: the parse is read only when they do not tell
        for (EntityMention m : mentions) {
            if (m.entity().key().equals(subject.key()) || opens(s, m.from())) return true;
        }
        if (s.deps() != null) {
            int root = s.head(0, s.tokens().size());
            for (int d : s.dependents(root)) {
                String relation = s.relation(root, d);
                // a subject across a semicolon is the parser joining two statements ("Co-founder and former head of
                // X; led Y"): the description before it is of the lent subject, not a subject of its own
                if (relation != null && (relation.startsWith("nsubj") || relation.startsWith("csubj") || relation.equals("expl"))
                        && !semicolonBetween(s, d, root)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a semicolon stands between tokens {@code a} and {@code b}. */
    private static boolean semicolonBetween(AnalyzedSentence s, int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (s.tokens().get(k).word().equals(";")) return true;
        }
        return false;
    }

    /** True when only punctuation stands before token {@code token}. */
    private static boolean opens(AnalyzedSentence s, int token) {
        for (int k = 0; k < token; k++) {
            if (Character.isLetterOrDigit(s.tokens().get(k).word().charAt(0))) return false;
        }
        return true;
    }

    /** The token nearest the root that no name or trigger holds, punctuation first; -1 when every token is taken. */
    private int anchor(AnalyzedSentence s, List<EntityMention> mentions) {
        int n = s.tokens().size();
        boolean[] taken = new boolean[n];
        for (EntityMention m : mentions) {
            for (int k = Math.max(0, m.from()); k < Math.min(n, m.to()); k++) taken[k] = true;
        }
        for (Triggers.Hit hit : triggers.find(lang, s)) {
            for (int k = 0; k < n; k++) {
                int b = s.tokens().get(k).beginPosition() - s.begin();
                int e = s.tokens().get(k).endPosition() - s.begin();
                if (b < hit.end() && e > hit.start()) taken[k] = true;
            }
        }
        int root = s.head(0, n);
        List<Integer> near = new ArrayList<>();
        near.add(root);
        near.addAll(s.dependents(root));
        if (s.deps() == null) near.add(n - 1);
        int best = -1;
        for (int k : near) {
            if (k < 0 || k >= n || taken[k]) continue;
            if (best < 0 || punctuation(s, k) && !punctuation(s, best)) best = k;
        }
        if (best >= 0) return best;
        for (int k = n - 1; k >= 0; k--) {
            if (!taken[k]) return k;
        }
        return -1;
    }

    private static boolean punctuation(AnalyzedSentence s, int k) {
        String w = s.tokens().get(k).word();
        return w.length() == 1 && ".;:!?".indexOf(w.charAt(0)) >= 0;
    }

    /** The entity whose mention covers most of {@code range} (clean-text offsets), or {@code null}. */
    private static Entity covering(AnalyzedSentence s, List<EntityMention> mentions, TextRange range) {
        int letters = 0;
        for (int k = Math.max(range.begin(), s.begin()); k < Math.min(range.end(), s.end()); k++) {
            if (Character.isLetterOrDigit(s.text().charAt(k - s.begin()))) letters++;
        }
        for (EntityMention m : mentions) {
            int b = s.tokens().get(m.from()).beginPosition();
            int e = s.tokens().get(m.to() - 1).endPosition();
            if (b >= range.begin() && e <= range.end() && letters > 0 && (e - b) >= COVER * letters) return m.entity();
        }
        return null;
    }
}
