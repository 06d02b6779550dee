package org.chronograph.extract;

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
        String label = model.classify(features.of(c, article));
        return label.equals(TypingModel.NO_ENTITY) ? null : EntityType.valueOf(label);
    }

    TypingFeatures features() {
        return features;
    }

    TypingModel model() {
        return model;
    }
}
