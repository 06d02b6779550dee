package org.chronograph.query;

/**
 * An entity that takes part in events together with another one.
 *
 * @param key    its key
 * @param name   its name
 * @param type   its type
 * @param events how many events they share
 */
public record CoParticipant(String key, String name, String type, long events) {
}
