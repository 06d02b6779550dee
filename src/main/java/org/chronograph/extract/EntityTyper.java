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
        // "Vega Coder (juillet 2026) : un modèle dédié au code": a pair the French tagger calls a person, which a describing
        // noun says is a thing and no given name opens, is of the noun's type
        if (label.equals(EntityType.Person.name())) {
            EntityType described = describedType(c);
            if (described != null && described != EntityType.Person && !features.opensWithGivenName(c)) label = described.name();
        }
        // "son agent vocal Filoche", "Orbe Mini (mai 2024) : une version allégée": a name a describing noun types, which
        // the model guesses to be of that type but below the type threshold, is of that type
        if (label.equals(TypingModel.NO_ENTITY)) {
            EntityType described = describedType(c);
            if (described != null && model.guesses(f, described.name())) label = described.name();
        }
        return label.equals(TypingModel.NO_ENTITY) ? null : EntityType.valueOf(label);
    }

    /** The type the describing nouns of a candidate's mentions give it ({@link DescribedNames}), when they agree; else {@code null}. */
    private static EntityType describedType(Candidate c) {
        EntityType type = null;
        for (Span s : c.spans()) {
            if (!s.source().equals("cue") || s.type() == null) continue;
            if (type != null && type != s.type()) return null;
            type = s.type();
        }
        return type;
    }

    TypingFeatures features() {
        return features;
    }

    TypingModel model() {
        return model;
    }
}
