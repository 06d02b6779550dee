package org.chronograph.extract.eval;

/** The parts that score.py reports, in its order. */
public enum Part {
    /** Entities with the same name and type. */
    ENTITIES("entities"),
    /** Entities with the same name, Model and Product counting as one type. */
    ENTITIES_LENIENT("entities_lenient"),
    /** Entities with the same name, whatever the type. */
    ENTITIES_UNTYPED("entities_untyped"),
    /** Events with the same type and a participant in common. */
    EVENTS("events"),
    /** Matched events whose year is right (or whose gold date is not given). */
    TIMELINE("timeline"),
    /** Moves of the same person to the same organisation (or from it, when gold has no {@code to}). */
    MOVES("moves");

    private final String key;

    Part(String key) {
        this.key = key;
    }

    /** The name score.py uses ({@code entities_lenient}). */
    public String key() {
        return key;
    }
}
