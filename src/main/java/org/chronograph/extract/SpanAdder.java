package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;

/** A finder of names that adds its spans to each sentence's spans found so far (proper-noun runs, named teams). */
interface SpanAdder {

    /** One sentence's spans with this finder's added. */
    List<Span> add(AnalyzedSentence s, List<Span> spans);

    /** The spans of each sentence with this finder's added. */
    default List<List<Span>> add(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence) {
        List<List<Span>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) out.add(add(sentences.get(i), spansBySentence.get(i)));
        return out;
    }
}
