package org.chronograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each person of an article works, as far as the article has said so far: the organization of their latest
 * join or appointment, or the one they founded, until they leave it. An appointment or a departure that names no organization ("In March
 * 2020, Costa was appointed head of research") is at that one. One instance per article, used in sentence order.
 */
final class Employers {
    private final Map<String, Participant> employer = new HashMap<>();

    /**
     * The event with the person's current organization added when it is an appointment or a departure that names
     * none ("In 2024 Costa stepped down").
     */
    Event complete(Event e) {
        if (e.type() != EventType.APPOINTMENT && e.type() != EventType.DEPARTURE
                || e.participants().stream().anyMatch(p -> p.entity().type().isOrganization())) {
            return e;
        }
        Participant org = e.participants().stream().filter(p -> p.entity().type() == EntityType.Person)
                .map(p -> employer.get(p.entity().key())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (org == null) return e;
        List<Participant> participants = new ArrayList<>(e.participants());
        participants.add(org);
        return e.withParticipants(participants);
    }

    /** Takes note of a join, appointment, founding or departure. */
    void note(Event e) {
        Participant org = e.participants().stream().filter(p -> p.entity().type().isOrganization())
                .filter(p -> e.type() != EventType.FOUNDING || p.role().equals("founded")).findFirst().orElse(null);
        if (org == null) return;
        for (Participant p : e.participants()) {
            if (p.entity().type() != EntityType.Person) continue;
            String person = p.entity().key();
            switch (e.type()) {
                case JOIN, APPOINTMENT, FOUNDING -> employer.put(person, new Participant(org.entity(), "organization"));
                case DEPARTURE -> employer.computeIfPresent(person, (k, now) -> now.entity().key().equals(org.entity().key()) ? null : now);
                default -> { }
            }
        }
    }
}
