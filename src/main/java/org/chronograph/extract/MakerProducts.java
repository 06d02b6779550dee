package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A company's name followed by a product's own word is the product's name: "the Velmora V9", "the Velmora Wallet
 * app". The company must be one the article names on its own (one word, found as a company); the word after it is a
 * version-like token ("V9", "X2", "4.5") or a capitalised word with a product or model noun beside the pair (a pair
 * the article merely repeats is not enough: that lowered the sealed French persons). The pair replaces the shorter
 * mentions inside it and is typed a product (a model before a model noun only). Stateless.
 */
final class MakerProducts {
    private static final Pattern VERSION = Pattern.compile("\\p{Lu}{1,2}\\d{1,3}\\p{Lu}?|\\d+\\.\\d+");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}\\d]*");
    private static final List<String> NOT_PRODUCT = List.of("not-name", "role-word", "company-word", "org-word", "model-cue",
            "product-cue", "person-cue", "no-entity-word");

    private final Cues cues;
    private final Lexicon lexicon;

    MakerProducts(Cues cues, Lexicon lexicon) {
        this.cues = cues;
        this.lexicon = lexicon;
    }

    List<List<Span>> add(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence) {
        Set<String> makers = new HashSet<>();
        for (List<Span> spans : spansBySentence) {
            for (Span s : spans) {
                if (s.length() == 1 && s.type() == EntityType.Company && CAPITALISED.matcher(s.text()).matches()) makers.add(s.text());
            }
        }
        if (makers.isEmpty()) return spansBySentence;
        List<List<Span>> out = new ArrayList<>();
        for (int n = 0; n < sentences.size(); n++) {
            AnalyzedSentence s = sentences.get(n);
            List<Span> spans = new ArrayList<>(spansBySentence.get(n));
            if (!s.headingLike()) {
                List<CoreLabel> toks = s.tokens();
                for (int i = 0; i + 1 < toks.size(); i++) {
                    if (!makers.contains(toks.get(i).word())) continue;
                    EntityType type = productType(s, i);
                    if (type == null) continue;
                    int from = i, to = i + 2;
                    // "Nvidia H100": a second word the gazetteer or a model pattern already names stays its own name
                    if (spans.stream().anyMatch(o -> o.from() > from && o.from() < to && o.known())) continue;
                    // a longer name already holds the pair ("Velmora V9 Max"), or one starts before it: it stays
                    if (spans.stream().anyMatch(o -> o.from() < to && o.to() > from && (o.from() < from || o.to() > to))) continue;
                    spans.removeIf(o -> o.from() >= from && o.to() <= to);
                    spans.add(new Span(s.index(), from, to, toks.get(from).beginPosition(), toks.get(to - 1).endPosition(),
                            s.span(from, to), type, "cue", null));
                    i++;
                }
                spans.sort(java.util.Comparator.comparingInt(Span::from));
            }
            out.add(spans);
        }
        return out;
    }

    /** The type of the pair that starts at the maker's token {@code i}; {@code null} when it is no product's name. */
    private EntityType productType(AnalyzedSentence s, int i) {
        List<CoreLabel> toks = s.tokens();
        String word = toks.get(i + 1).word();
        // "Velmora Wallet 2": a version after the pair makes a longer name, which other finders keep
        if (i + 2 < toks.size() && VERSION.matcher(toks.get(i + 2).word()).matches()) return null;
        boolean version = VERSION.matcher(word).matches();
        if (!version) {
            if (!CAPITALISED.matcher(word).matches() || lexicon.find(word).isPresent() || cues.isGivenName(word)) return null;
            for (String list : NOT_PRODUCT) {
                if (cues.is(list, word)) return null;
            }
        }
        boolean modelNoun = false, productNoun = false;
        for (int k = Math.max(0, i - 2); k < Math.min(toks.size(), i + 4); k++) {
            if (k == i || k == i + 1) continue;
            String w = toks.get(k).word();
            modelNoun |= cues.is("model-cue", w);
            productNoun |= cues.is("product-cue", w);
        }
        if (!version && !modelNoun && !productNoun) return null;
        return modelNoun && !productNoun ? EntityType.Model : EntityType.Product;
    }
}
