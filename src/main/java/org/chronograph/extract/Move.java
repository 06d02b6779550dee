package org.chronograph.extract;

/**
 * A person changing organization.
 *
 * @param person     who moved
 * @param from       organization left, or {@code null} when unknown
 * @param to         organization joined or founded, or {@code null} when unknown
 * @param date       when, or {@code null}
 * @param evidence   the sentence stating it
 * @param confidence in [0, 1]
 */
public record Move(EntityRef person, EntityRef from, EntityRef to, EventDate date,
                   Evidence evidence, double confidence) implements java.io.Serializable {
}
