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
        java.util.TreeSet<String> f = features.of(c, article);
        String label = model.classify(f);
        // the gazetteer lists no person: a name it knows whole ("Andreessen Horowitz", "Goldman Sachs", which the
        // French tagger calls persons) is an entity of the likeliest other type
        if (label.equals(EntityType.Person.name()) && features.knownName(c)) label = model.likeliestExcept(f, label);
        // "passée par Granit Data", "ancien de Helix Cloud": a name only ever told as where someone came from is no person
        if (label.equals(EntityType.Person.name()) && features.onlyAsOrigin(c, article)) label = model.likeliestExcept(f, label);
        // "Orvane Voice", "Cainiao Logistics": a brand's name, which the French tagger calls a person
        if (label.equals(EntityType.Person.name()) && features.namedLikeAThing(c, article)) label = model.likeliestExcept(f, label);
        return label.equals(TypingModel.NO_ENTITY) ? null : EntityType.valueOf(label);
    }

    TypingFeatures features() {
        return features;
    }

    TypingModel model() {
        return model;
    }
}
