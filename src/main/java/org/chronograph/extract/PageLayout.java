package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.chronograph.source.Block;
import org.chronograph.source.Body;
import org.chronograph.source.TextRange;

/**
 * Where each sentence stands on the page, from the blocks the source stage gives: a heading or a table's header
 * (no sentence: it names what follows), a list item's lead-in, a table cell, or prose. Immutable; one per article.
 */
final class PageLayout {
    private final Body body;

    PageLayout(Body body) {
        this.body = body;
    }

    /** The block holding sentence {@code s}, or {@code null}. */
    Block blockOf(AnalyzedSentence s) {
        return body.blockAt(s.begin());
    }

    /**
     * The sentences, each told what the page says of it. A table's header row names columns: its capitals are no
     * name cue. A list item's lead-in standing alone is a name when the tagger reads all its words as a person's,
     * and a row's first cell when it reads them as one person or organization; then their capitals are a name cue
     * ("Ilya Sutskever" above his description), else the line is left to the heading test like any other
     * ("Microprocessor Architecture:" above a description is a label). A list item's or a quote's line that reads as
     * prose is no heading either. Headings are left to the test: a heading written as a sentence names people with
     * its capitals.
     */
    List<AnalyzedSentence> mark(List<AnalyzedSentence> sentences) {
        List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
        for (AnalyzedSentence s : sentences) {
            Block block = blockOf(s);
            Boolean heading = null;
            if (block != null && block.kind() == Block.Kind.HEADER_ROW) {
                heading = Boolean.TRUE;
            } else if (block != null && isLeadIn(block, s) && taggedAs(s, "PER")
                    || block != null && isKeyCell(block, s) && (taggedAs(s, "PER") || taggedAs(s, "ORG"))
                    || block != null && (block.kind() == Block.Kind.ITEM || block.kind() == Block.Kind.QUOTE)
                    && !isLeadIn(block, s) && prose(s)) {
                heading = Boolean.FALSE;
            }
            out.add(heading == null ? s : s.withHeading(heading));
        }
        return out;
    }

    /** True when the tagger gives every word of {@code s} the named-entity class {@code cls} (PER, ORG). */
    private static boolean taggedAs(AnalyzedSentence s, String cls) {
        boolean any = false;
        for (edu.stanford.nlp.ling.CoreLabel t : s.tokens()) {
            if (!Character.isLetter(t.word().charAt(0))) continue;
            String tag = t.ner() == null ? "O" : t.ner().replaceFirst("^[BI]-", "");
            String c = switch (tag) {
                case "PERSON", "PER" -> "PER";
                case "ORGANIZATION", "ORG" -> "ORG";
                default -> tag;
            };
            if (!c.equals(cls)) return false;
            any = true;
        }
        return any;
    }

    /**
     * True when a list item's or quote's line reads as prose, whatever its capitals: a verb, or a lower-case word of
     * four letters or more after the first ("Former engineer at Brightline Labs", "Co-founded Quarry AI in 2021"),
     * where a label has neither ("Team Leadership and Organizational Transformation").
     */
    private static boolean prose(AnalyzedSentence s) {
        return prose(s, 0, s.tokens().size());
    }

    /** {@link #prose(AnalyzedSentence)} of tokens [from, to). */
    static boolean prose(AnalyzedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            edu.stanford.nlp.ling.CoreLabel t = s.tokens().get(k);
            String tag = t.tag() == null ? "" : t.tag();
            if (tag.startsWith("VB") || tag.equals("VERB") || tag.equals("V") || tag.startsWith("VP")) return true;
            String w = t.word();
            if (k > from && w.length() >= 4 && w.chars().allMatch(Character::isLowerCase)) return true;
        }
        return false;
    }

    /** True when {@code s} is a table row's first cell: what the row is about. */
    private static boolean isKeyCell(Block block, AnalyzedSentence s) {
        if (block.kind() != Block.Kind.ROW) return false;
        Block.Cell cell = block.cellAt(s.begin());
        return cell != null && cell.column() == 0;
    }

    /** True when {@code s} is a heading or a table's header row: it names what follows and states nothing. */
    boolean isHeading(AnalyzedSentence s) {
        Block block = blockOf(s);
        return block != null && block.isHeading();
    }

    /** True when {@code s} is the line of its block's own lead-in ("Jane Doe" above her description). */
    static boolean isLeadIn(Block block, AnalyzedSentence s) {
        TextRange leadIn = block.leadIn();
        return leadIn != null && leadIn.begin() >= block.range().begin() && s.begin() <= leadIn.begin() && s.end() <= leadIn.end() + 1;
    }

    /**
     * The evidence of what {@code s} states: the sentence, or for a table cell its whole row (a cell alone,
     * "2019", says nothing a reader can check).
     */
    Evidence evidence(AnalyzedSentence s) {
        Block block = blockOf(s);
        if (block != null && block.kind() == Block.Kind.ROW && block.cells().size() > 1) {
            TextRange row = block.range();
            return evidence(row.of(body.text()), row.begin(), row.end());
        }
        return evidence(s.text(), s.begin(), s.end());
    }

    /** The clean text of {@code range} (a table cell's words). */
    String textOf(TextRange range) {
        return range.of(body.text());
    }

    /** {@code text}, read from the original span of clean text {@code [begin, end)}: whole markup, never cut. */
    private Evidence evidence(String text, int begin, int end) {
        Body.Original span = body.toOriginal(begin, end);
        return new Evidence(text, span.start(), span.end());
    }
}
