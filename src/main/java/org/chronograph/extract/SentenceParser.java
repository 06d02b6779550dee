package org.chronograph.extract;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.MetaClass;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser on one sentence at a time, loaded from the same {@code depparse.*}
 * properties as the pipeline's {@code depparse} annotator: it makes the same basic dependencies that annotator
 * puts on a sentence, without the four other graphs the annotator derives from them (collapsed, cc-processed,
 * enhanced, enhanced++: about a sixth of its time), which extraction does not read. Thread-safe.
 */
final class SentenceParser {
    private final DependencyParser parser;
    private final GrammaticalStructure.Extras extras;

    /** The parser of a pipeline with these properties (its {@code depparse.model}, or CoreNLP's English default). */
    SentenceParser(Properties pipeline) {
        Properties p = PropertiesUtils.extractPrefixedProperties(pipeline, "depparse.");
        this.parser = DependencyParser.loadFromModelFile(p.getProperty("model", DependencyParser.DEFAULT_MODEL), p);
        this.extras = MetaClass.cast(p.getProperty("extradependencies", "NONE"), GrammaticalStructure.Extras.class);
    }

    /** The basic dependencies of a sentence that has its tokens and part-of-speech tags. */
    SemanticGraph parse(CoreMap sentence) {
        return SemanticGraphFactory.makeFromTree(parser.predict(sentence), SemanticGraphFactory.Mode.BASIC, extras, null);
    }
}
