package org.chronograph.extract;

import java.util.List;

/**
 * One gazetteer entry: a known entity with its type, other names, and whether it names a family
 * that takes versions.
 *
 * @param type         entity type
 * @param name         canonical name
 * @param aliases      other names (short forms, translations, expansions)
 * @param family       true when "NAME VERSION" names a member of this family (Llama -> Llama 4)
 * @param versionsType the type of "NAME VERSION" (Model for AI labs, Product for device makers), or {@code null}
 * @param maker        canonical name of the company that makes this model or product family, or {@code null}
 */
public record LexiconEntry(EntityType type, String name, List<String> aliases, boolean family, EntityType versionsType,
                           String maker) {
    public LexiconEntry {
        aliases = List.copyOf(aliases);
    }

    /** The type of a versioned name built on this entry ("Llama 4", "Xiaomi 17"), or {@code null} if none. */
    public EntityType versionedType() {
        if (versionsType != null) return versionsType;
        return family ? type : null;
    }
}
