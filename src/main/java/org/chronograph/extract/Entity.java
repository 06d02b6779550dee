package org.chronograph.extract;

import java.util.List;

/**
 * One real-world entity as found in one article.
 *
 * @param key        stable key, shared across articles and languages
 * @param name       the most complete form the article uses
 * @param type       entity type
 * @param aliases    other surface forms of the same entity in the article
 * @param mentions   where it occurs
 * @param confidence in [0, 1]
 */
public record Entity(String key, String name, EntityType type, List<String> aliases,
                     List<Mention> mentions, double confidence) implements java.io.Serializable {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public EntityRef ref() {
        return new EntityRef(key, name, type);
    }
}
