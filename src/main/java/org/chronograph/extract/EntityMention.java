package org.chronograph.extract;

/** A resolved entity at a token position of a sentence. */
record EntityMention(Entity entity, int from, int to) {
    EntityType type() {
        return entity.type();
    }
}
