package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.source.Block;

/**
 * Names a table cell holds, typed by its column's header: under "Company" or "Société" a name is a company, under
 * "Model" a model, under "Product" or "App" a product, under "Founder" or "CEO" a person, under "University" an
 * organization (the header words are the bundled context cues). A cell is a name when it is one: a few capitalised
 * words, nothing else. The header's type wins over the tagger's; names the gazetteer or the patterns found stay theirs.
 */
final class CellNames {
    private static final int MAX_WORDS = 5;
    private static final java.util.Set<String> TRUSTED = java.util.Set.of("lexicon", "pattern");

    private static final Cues CUES = Cues.bundled();

    private final PageLayout layout;

    CellNames(PageLayout layout) {
        this.layout = layout;
    }

    /** {@code found} and, when {@code s} is a cell holding one name its header types, that name. */
    List<Span> add(AnalyzedSentence s, List<Span> found) {
        Block block = layout.blockOf(s);
        if (block == null || block.kind() != Block.Kind.ROW || s.tokens().isEmpty()) return found;
        Block.Cell cell = block.cellAt(s.begin());
        EntityType type = cell == null ? null : typeNamedBy(block.headerOf(cell));
        if (type == null) return found;
        List<CoreLabel> tokens = s.tokens();
        int to = tokens.size();
        // "Moonshot AI (Kimi)": a name and its other name in parentheses; the first is the cell's name
        for (int k = 1; k < to; k++) {
            if (tokens.get(k).word().equals("(") || tokens.get(k).word().equals("-LRB-")) to = k;
        }
        if (to > MAX_WORDS) return found;
        for (int k = 0; k < to; k++) {
            String w = tokens.get(k).word();
            if (!Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) return found;
        }
        if (!Character.isLetter(tokens.get(0).word().codePointAt(0))) return found;
        int end = to;
        // the header's type wins over the tagger's guess ("Kestrel Motion" under "Company" is no person), not over
        // the gazetteer or the model-name patterns
        if (found.stream().anyMatch(f -> f.from() < end && TRUSTED.contains(f.source()))) return found;
        String text = s.span(0, to);
        List<Span> out = new ArrayList<>(found);
        out.removeIf(f -> f.from() < end);
        out.add(new Span(s.index(), 0, to, tokens.get(0).beginPosition(), tokens.get(to - 1).endPosition(), text, type, "cue", null));
        return out;
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
