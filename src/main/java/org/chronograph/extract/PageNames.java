package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.source.Block;

/**
 * What the page's structure says of the names in a line. A table cell holding one name is typed by its column's
 * header: under "Company" or "Société" a company, under "Model" a model, under "Product" or "App" a product, under
 * "Founder" or "CEO" a person, under "University" an organization (the header words are the bundled context cues);
 * the header's type wins over the tagger's, not over the gazetteer's or the patterns'. A list item's lead-in that is
 * a label ("<b>Resource Allocation and Efficiency Issues</b>: Despite heavy spending, ...": no verb, no lower-case
 * word) is a heading of the item: its capitals are no name cue, and a name other than a person's that the tagger
 * found in part of it goes.
 */
final class PageNames {
    private static final int MAX_WORDS = 5;
    private static final java.util.Set<String> TRUSTED = java.util.Set.of("lexicon", "pattern");

    private static final Cues CUES = Cues.bundled();

    private final PageLayout layout;
    private final java.util.Set<Span> typedCells = new java.util.HashSet<>();

    PageNames(PageLayout layout) {
        this.layout = layout;
    }

    /** {@code found}, less the names a label lead-in seemed to hold, plus the name a typed table cell holds. */
    List<Span> adjust(AnalyzedSentence s, List<Span> found) {
        Block block = layout.blockOf(s);
        if (block == null || s.tokens().isEmpty()) return found;
        if (block.kind() == Block.Kind.ITEM) return withoutLabelNames(s, block, found);
        if (block.kind() != Block.Kind.ROW) return found;
        Block.Cell cell = block.cellAt(s.begin());
        EntityType type = cell == null ? null : typeNamedBy(block.headerOf(cell));
        if (type == null) return found;
        List<CoreLabel> tokens = s.tokens();
        int to = tokens.size();
        // "Moonshot AI (Kimi)": a name and its other name in parentheses; the first is the cell's name
        for (int k = 1; k < to; k++) {
            if (Parentheses.opens(tokens.get(k).word())) to = k;
        }
        if (to > MAX_WORDS) return found;
        for (int k = 0; k < to; k++) {
            String w = tokens.get(k).word();
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) return found;
        }
        if (!Character.isLetter(tokens.get(0).word().codePointAt(0))) return found;
        type = ownKind(tokens.subList(0, to), type);
        int end = to;
        // the header's type wins over the tagger's guess ("Kestrel Motion" under "Company" is no person), not over
        // the gazetteer or the model-name patterns
        if (found.stream().anyMatch(f -> f.from() < end && TRUSTED.contains(f.source()))) return found;
        String text = s.span(0, to);
        List<Span> out = new ArrayList<>(found);
        out.removeIf(f -> f.from() < end);
        Span cellName = new Span(s.index(), 0, to, tokens.get(0).beginPosition(), tokens.get(to - 1).endPosition(), text, type, "cue", null);
        out.add(cellName);
        typedCells.add(cellName);
        return out;
    }

    /**
     * The type a column's header gives candidate {@code c} (one of its mentions is a cell's whole name under "Company",
     * "Model", ...), or {@code null}: the header's type wins over the learned typer's reading of the tagger.
     */
    EntityType headerType(Candidate c) {
        for (Span s : c.spans()) {
            if (typedCells.contains(s)) return s.type();
        }
        return null;
    }

    /** Drops the tagger's names that cover only part of a lead-in that is a label, not a name. */
    private static List<Span> withoutLabelNames(AnalyzedSentence s, Block block, List<Span> found) {
        org.chronograph.source.TextRange leadIn = block.leadIn();
        if (leadIn == null || leadIn.begin() < s.begin() || leadIn.end() > s.end()) return found;
        int from = s.tokenAt(leadIn.begin());
        int to = from;
        while (to < s.tokens().size() && s.tokens().get(to).beginPosition() < leadIn.end()) to++;
        if (from < 0 || to - from < 2 || PageLayout.prose(s, from, to)) return found;
        int first = from;
        int last = to;
        List<Span> out = new ArrayList<>(found);
        // a person's name stays one ("**Aidan Gomez (28)**", "**Demi Guo (26) et Chenlin Meng (27)**")
        out.removeIf(f -> !TRUSTED.contains(f.source()) && f.type() != EntityType.Person && f.from() >= first && f.to() <= last
                && (f.from() > first || f.to() < last));
        return out;
    }

    /**
     * The kind a cell's name states by its own words, where it overrides the column's: a name ending with a company word
     * is no person ("Brightwater Ventures" under "Lead investor" is a company), and a name holding an organization word
     * is an organization, not a company ("Allen Institute" under "Company"). A model's or product's column keeps its
     * type ("Kestrel AI" under "Model" is a model's name that ends with a company word).
     */
    private static EntityType ownKind(List<CoreLabel> name, EntityType header) {
        if (header != EntityType.Person && header != EntityType.Company) return header;
        if (name.stream().anyMatch(t -> CUES.is("org-word", t.word()))) return EntityType.Organization;
        if (header == EntityType.Person && name.size() > 1 && CUES.is("company-word", name.get(name.size() - 1).word())) {
            return EntityType.Company;
        }
        return header;
    }

    /** The entity type a column header names ("Company", "Key Models (2025)", "Fondateur"), or {@code null}. */
    private EntityType typeNamedBy(String header) {
        if (header == null) return null;
        for (String word : header.split("[^\\p{L}\\p{N}-]+")) {
            if (word.isEmpty()) continue;
            if (CUES.is("org-description", word)) return EntityType.Company;
            if (CUES.is("model-cue", word)) return EntityType.Model;
            if (CUES.is("product-cue", word)) return EntityType.Product;
            if (CUES.is("org-word", word)) return EntityType.Organization;
            if (CUES.is("person-cue", word)) return EntityType.Person;
        }
        return null;
    }
}
