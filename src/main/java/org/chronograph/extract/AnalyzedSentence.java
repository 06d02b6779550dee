package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/**
 * One sentence after CoreNLP: its tokens (offsets into the article's clean text, with tags and NER), its
 * dependency parse (made when first read, see {@link Parse}; none for glued sentences and basic languages) and
 * the paragraph it belongs to. {@code heading} is what the page's structure says of the line: {@code TRUE} for a
 * heading or table header, {@code FALSE} for a list item's lead-in or a table cell (names, whatever their case),
 * {@code null} when it says nothing (prose).
 */
record AnalyzedSentence(int index, int paragraph, int begin, int end, String text,
                        List<CoreLabel> tokens, Parse parse, Boolean heading) implements java.io.Serializable {

    /** {@code parse} {@code null}: no parse. */
    AnalyzedSentence {
        if (parse == null) parse = Parse.NONE;
    }

    AnalyzedSentence(int index, int paragraph, int begin, int end, String text, List<CoreLabel> tokens, Parse parse) {
        this(index, paragraph, begin, end, text, tokens, parse, null);
    }

    /** The dependency graph, {@code null} when there is none; the sentence is parsed now if nothing read it before. */
    SemanticGraph deps() {
        return parse.graph();
    }

    /** This sentence with what the page's structure says of it. */
    AnalyzedSentence withHeading(Boolean heading) {
        return new AnalyzedSentence(index, paragraph, begin, end, text, tokens, parse, heading);
    }

    /**
     * True for title-case lines without final punctuation ("Development Hurdles and Rushed Releases"):
     * headings, where statistical NER mistakes capitalised words for names and no event is stated. The page's
     * structure, when it knows the line, decides instead.
     */
    boolean headingLike() {
        if (heading != null) return heading;
        if (text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) return false;
        int words = 0;
        int capitalised = 0;
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 2 && capitalised >= 0.75 * words;
    }

    /** How many parentheses are open before token {@code token}: 0 outside any. */
    int parenthesisDepth(int token) {
        int depth = 0;
        for (int i = 0; i < token && i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (Parentheses.opens(w)) depth++;
            else if (Parentheses.closes(w) && depth > 0) depth--;
        }
        return depth;
    }

    /** Clean text of tokens [from, to). */
    String span(int from, int to) {
        return text.substring(tokens.get(from).beginPosition() - begin, tokens.get(to - 1).endPosition() - begin);
    }

    /** Index of the token that covers or follows clean-text offset {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).endPosition() > offset) return i;
        }
        return -1;
    }

    /**
     * Number of dependency edges between two tokens (undirected), estimated from their word distance
     * when there is no parse; used to pick the entities that belong to a trigger.
     */
    int distance(int tokenA, int tokenB) {
        if (tokenA == tokenB) return 0;
        // without a parse (basic languages, glued sentences) about three words count as one dependency edge
        if (deps() == null) return Math.max(1, (Math.abs(tokenA - tokenB) + 2) / 3);
        IndexedWord a = node(tokenA);
        IndexedWord b = node(tokenB);
        if (a == null || b == null) return 50 + Math.abs(tokenA - tokenB);
        List<IndexedWord> path = deps().getShortestUndirectedPathNodes(a, b);
        return path == null ? 50 + Math.abs(tokenA - tokenB) : path.size() - 1;
    }

    /** The syntactic head of tokens [from, to): the one whose governor lies outside; the last token without a parse. */
    int head(int from, int to) {
        if (to - from == 1 || deps() == null) return to - 1;
        for (int k = from; k < to; k++) {
            IndexedWord w = node(k);
            if (w == null) continue;
            IndexedWord parent = deps().getParent(w);
            if (parent == null || parent.index() < tokens.get(from).index() || parent.index() > tokens.get(to - 1).index()) return k;
        }
        return to - 1;
    }

    /**
     * The relation of the parse's edge from token {@code governor} to token {@code dependent} ("nsubj", "obl:agent",
     * "nmod:of"), or {@code null} when there is no such edge or no parse.
     */
    String relation(int governor, int dependent) {
        if (deps() == null) return null;
        IndexedWord g = node(governor);
        IndexedWord d = node(dependent);
        if (g == null || d == null) return null;
        var edge = deps().getEdge(g, d);
        return edge == null ? null : edge.getRelation().toString();
    }

    /** The tokens the parse makes dependents of token {@code governor}; empty without a parse. */
    List<Integer> dependents(int governor) {
        if (deps() == null) return List.of();
        IndexedWord g = node(governor);
        return g == null ? List.of() : tokensOf(deps().getChildren(g));
    }

    /** The tokens the parse makes governors of token {@code dependent} (several in an enhanced graph); empty without a parse. */
    List<Integer> governors(int dependent) {
        if (deps() == null) return List.of();
        IndexedWord d = node(dependent);
        return d == null ? List.of() : tokensOf(deps().getParents(d));
    }

    private List<Integer> tokensOf(java.util.Collection<IndexedWord> words) {
        List<Integer> out = new java.util.ArrayList<>();
        for (IndexedWord w : words) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).index() == w.index()) out.add(i);
            }
        }
        return out;
    }

    private IndexedWord node(int token) {
        return deps().getNodeByIndexSafe(tokens.get(token).index());
    }
}
