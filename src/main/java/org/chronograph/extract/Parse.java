package org.chronograph.extract;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.function.Supplier;

/**
 * A sentence's dependency parse, made the first time something reads it. The parse is two thirds of CoreNLP's
 * time and only the sentences the event rules look at in detail need it, so extraction makes none up front:
 * whatever reads {@link AnalyzedSentence#deps()} (a trigger's participants, its date, a role in the parse) pays for
 * that sentence alone, and the parse is the one CoreNLP's {@code depparse} annotator would have made. Code that
 * reads the parse of every sentence makes extraction parse every sentence: ask the cheap questions first (a
 * trigger word, a name, a date; tokens, tags and NER are all there before any parse). Safe to read from several
 * threads. Serialized (the trainer's analysis cache) as its graph: a parse not made yet is made then, so that
 * what is read back has every parse the sentence would have had.
 */
final class Parse implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** No parse: languages without a parser, sentences glued from pieces CoreNLP split. */
    static final Parse NONE = new Parse(null, null);

    private transient Supplier<SemanticGraph> parser;
    private SemanticGraph graph;
    /** Told of the rules a pending parse is made for (profiling); none once read back. */
    private transient ParseObserver observer = ParseObserver.NONE;

    private Parse(Supplier<SemanticGraph> parser, SemanticGraph graph) {
        this.parser = parser;
        this.graph = graph;
    }

    /** A parse already made (by CoreNLP's own annotator), or none for {@code null}. */
    static Parse of(SemanticGraph graph) {
        return graph == null ? NONE : new Parse(null, graph);
    }

    /** A parse made by {@code parser} when first read. */
    static Parse onDemand(Supplier<SemanticGraph> parser) {
        return onDemand(parser, ParseObserver.NONE);
    }

    /** A parse made by {@code parser} when first read, {@code observer} told of the rules it is made for. */
    static Parse onDemand(Supplier<SemanticGraph> parser, ParseObserver observer) {
        Parse p = new Parse(java.util.Objects.requireNonNull(parser), null);
        p.observer = java.util.Objects.requireNonNull(observer);
        return p;
    }

    /** Tells the observer these Semgrex rules are left to match while the parse is still to be made. */
    void liveRules(java.util.List<EventRules.Rule> live) {
        ParseObserver o = observer;
        if (o != null && o != ParseObserver.NONE && !live.isEmpty() && pending()) o.liveRules(this, live);
    }

    /** Tells the observer a live rule matched this parse {@code found} times (profiling). */
    void matched(EventRules.Rule rule, int found) {
        ParseObserver o = observer;
        if (o != null && o != ParseObserver.NONE) o.matched(this, rule, found);
    }

    /** The dependency graph, parsing now if nothing read it before; {@code null} when there is none. */
    synchronized SemanticGraph graph() {
        if (observer != null && observer != ParseObserver.NONE) observer.read(this);
        if (parser != null) {
            graph = parser.get();
            parser = null;
        }
        return graph;
    }

    /** True when the sentence will be parsed if something reads its parse (it was not yet, and it can be). */
    synchronized boolean pending() {
        return parser != null;
    }

    /** True when the sentence has a parse now: made up front, or on demand because something read it. */
    synchronized boolean made() {
        return parser == null && graph != null;
    }

    /** Writes the graph, parsing first if nothing read it yet. */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        graph();
        synchronized (this) {
            out.defaultWriteObject();
        }
    }

    /** {@link #NONE} stays one object once read back. */
    private Object readResolve() {
        return graph == null ? NONE : this;
    }
}
