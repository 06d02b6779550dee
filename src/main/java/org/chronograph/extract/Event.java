package org.chronograph.extract;

import java.util.List;

/**
 * A dated (or undated) event stated by an article.
 *
 * @param type         event kind
 * @param date         when, or {@code null} when the article gives no date
 * @param participants entities with roles
 * @param evidence     the sentence stating it
 * @param confidence   in [0, 1]
 */
public record Event(EventType type, EventDate date, List<Participant> participants,
                    Evidence evidence, double confidence) implements java.io.Serializable {
    public Event {
        participants = List.copyOf(participants);
    }

    /** The entity taking part in {@code role} (the first, if several do), or null. */
    public EntityRef participant(String role) {
        for (Participant p : participants) {
            if (p.role().equals(role)) return p.entity();
        }
        return null;
    }

    /** The keys of the entities taking part. */
    public java.util.Set<String> participantKeys() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Participant p : participants) keys.add(p.entity().key());
        return keys;
    }
}
