package org.chronograph.extract;

/**
 * An entity taking part in an event, with its role ("maker", "model", "person", "organization",
 * "founder", "founded", "buyer", "acquired", "funded", "investor", "party").
 */
public record Participant(EntityRef entity, String role) implements java.io.Serializable {
}
