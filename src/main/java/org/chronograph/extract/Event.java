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
 * @param leaving      for a departure, how the sentence tells it, which says what date it takes when it gives it none
 *                     ({@link InferredDates})
 */
public record Event(EventType type, EventDate date, List<Participant> participants,
                    Evidence evidence, double confidence, Leaving leaving) implements java.io.Serializable {
    /** How a sentence tells a departure, for the date it takes when the sentence gives it none of its own. */
    public enum Leaving {
        /** A past post told in passing ("former X", "ancien de X"): it tells that one left, not when; or no departure. */
        PASSING,
        /**
         * Where one was before the arrival the sentence tells, with no time of its own ("spent seven years at Orvane
         * before setting up Solvane in 2023"): at that arrival's date.
         */
        MOVE_END,
        /**
         * A leaving told as such ("left Orvane for Kelso Labs", "quitte Orvane", "came over from Orvane", "venue de
         * Veltrix"): at the date of the arrival the sentence tells, else, on the timeline, at the story's time.
         */
        TOLD
    }

    public Event {
        participants = List.copyOf(participants);
        java.util.Objects.requireNonNull(leaving);
    }

    /** An event told in passing, or no departure. */
    public Event(EventType type, EventDate date, List<Participant> participants, Evidence evidence, double confidence) {
        this(type, date, participants, evidence, confidence, Leaving.PASSING);
    }

    /** The same event at another date (or none). */
    public Event withDate(EventDate other) {
        return new Event(type, other, participants, evidence, confidence, leaving);
    }

    /** The same event with other participants. */
    public Event withParticipants(List<Participant> other) {
        return new Event(type, date, other, evidence, confidence, leaving);
    }

    /** The same event, told another way. */
    public Event told(Leaving other) {
        return other == leaving ? this : new Event(type, date, participants, evidence, confidence, other);
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
        return participantKeys(t -> true);
    }

    /** The keys of the entities of the types {@code which} accepts taking part. */
    public java.util.Set<String> participantKeys(java.util.function.Predicate<EntityType> which) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Participant p : participants) if (which.test(p.entity().type())) keys.add(p.entity().key());
        return keys;
    }
}
