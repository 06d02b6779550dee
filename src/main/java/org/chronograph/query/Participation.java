package org.chronograph.query;

import org.neo4j.driver.Value;

/**
 * An entity taking part in an event.
 *
 * @param key  its graph key
 * @param name its name
 * @param type its type
 * @param role its role in the event ("maker", "model", "founder", ...)
 */
public record Participation(String key, String name, String type, String role) {

    static Participation of(Value v) {
        return new Participation(v.get("key").asString(null), v.get("name").asString(null), v.get("type").asString(null),
                v.get("role").asString(null));
    }

    /** "Name (role)". */
    @Override
    public String toString() {
        return role == null ? name : name + " (" + role + ")";
    }
}
