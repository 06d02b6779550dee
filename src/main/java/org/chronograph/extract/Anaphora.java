package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A light anaphora resolver: "he"/"il" refers to the article's most-mentioned person, "the
 * company"/"l'entreprise" to its most-mentioned company. Good enough for profiles and company
 * stories, the common shapes of industry notes; it only adds mentions where a sentence has none
 * of that type. Stateless.
 */
final class Anaphora {
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "l'", "la", "le", "cette", "this", "its", "sa", "son");

    private final Cues cues;

    Anaphora(Cues cues) {
        this.cues = cues;
    }

    /** The most-mentioned entity of a type, if it is mentioned at least twice. */
    static Optional<Entity> salient(List<Entity> entities, java.util.function.Predicate<Entity> type) {
        return entities.stream().filter(type).filter(e -> e.mentions().size() >= 2)
                .max(Comparator.comparingInt((Entity e) -> e.mentions().size()).thenComparing(e -> -e.mentions().get(0).start()));
    }

    /**
     * Mentions to add to a sentence for its pronouns and definite descriptions.
     *
     * @param person  who "he"/"she" refers to here (the paragraph's last person, else the article's main one), or null
     * @param company what "the company" refers to (the article's main company), or null
     */
    List<EntityMention> resolve(AnalyzedSentence s, List<EntityMention> mentions, Entity person, Entity company) {
        List<EntityMention> added = new ArrayList<>();
        boolean hasPerson = mentions.stream().anyMatch(m -> m.type() == EntityType.Person);
        boolean hasCompany = company != null && mentions.stream().anyMatch(m -> m.entity().key().equals(company.key()));
        List<CoreLabel> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            if (person != null && !hasPerson && cues.is("person-pronoun", w)) {
                added.add(new EntityMention(person, i, i + 1));
                hasPerson = true;
            }
            // "la start-up lyonnaise Koyeb", "the startup Kyutai": a description followed by a name is that name's
            int at = i;
            boolean named = mentions.stream().anyMatch(m -> m.from() > at && m.from() <= at + 2);
            if (company != null && !hasCompany && !named && cues.is("org-description", w) && i > 0
                    && DETERMINERS.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))) {
                added.add(new EntityMention(company, i, i + 1));
                hasCompany = true;
            }
        }
        return added;
    }
}
