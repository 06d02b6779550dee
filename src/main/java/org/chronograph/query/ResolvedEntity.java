package org.chronograph.query;

/**
 * An entity found by name, key or alias.
 *
 * @param key  its graph key
 * @param name its name
 * @param type its type ({@code Person}, {@code Company}, ...)
 */
public record ResolvedEntity(String key, String name, String type) {
}
