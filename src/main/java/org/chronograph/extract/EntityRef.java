package org.chronograph.extract;

import java.util.Objects;

/**
 * A reference to an entity of the same extraction: its stable key, display name and type.
 *
 * @param key  stable key ({@link EntityKeys#of(String)} of the canonical name)
 * @param name canonical name in this article
 * @param type entity type
 */
public record EntityRef(String key, String name, EntityType type) implements java.io.Serializable {
    public EntityRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
