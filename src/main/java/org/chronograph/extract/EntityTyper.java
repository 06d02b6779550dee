package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Types candidate entities with the learned model: the features of all a candidate's mentions in, an entity type or
 * "no entity" out. Immutable; safe to share between threads.
 */
final class EntityTyper {
    private final TypingFeatures features;
    private final TypingModel model;

    EntityTyper(TypingFeatures features, TypingModel model) {
        this.features = features;
        this.model = model;
    }

    /**
     * The type of a candidate, or {@code null} when the model calls it no entity; without a model (only while a
     * first model is trained), the hand-weighted vote's.
     */
    EntityType type(Candidate c, TypingFeatures.Article article) {
        if (model == null) return EntityResolver.vote(c);
        // the typer reads the parse around every mention; a sentence no other rule reads is parsed only when what
        // its parse could add might change the label (TypingBounds), so most are not; when it
        // might, one sentence at a time (the candidate's first unparsed one), until it cannot
        while (true) {
            List<TypingFeatures.Unparsed> unparsed = new ArrayList<>();
            TreeSet<String> known = features.withoutParsing(c, article, unparsed);
            String label = unparsed.isEmpty() ? model.classify(known) : model.settled(known, unparsed);
            if (label != null) return label.equals(TypingModel.NO_ENTITY) ? null : EntityType.valueOf(label);
            parseFirstUnparsed(c, article);
        }
    }

    private static void parseFirstUnparsed(Candidate c, TypingFeatures.Article article) {
        for (Span s : c.spans()) {
            AnalyzedSentence sentence = article.sentences.get(s.sentence());
            if (sentence.parse().pending()) {
                sentence.deps();
                return;
            }
        }
        throw new IllegalStateException("no unparsed sentence left for " + c.name());
    }

    TypingFeatures features() {
        return features;
    }

    TypingModel model() {
        return model;
    }
}
