package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The join a sentence implies when it names a person to a post at one organization and, in the same sentence,
 * shows the person coming from another ("Sarah Lemoine, arrivée de Criteo, est nommée directrice financière de
 * Brisane"; "Jane Doe, formerly of Google, was named CEO of Acme"): the person joined the organization of the post,
 * at the post's date. A sentence that already tells a join or founding of the person states it itself; a post at
 * the organization the person left (a role left, "stepped down as CEO of X") implies nothing. Reads only the
 * sentence's events, no word of any language.
 */
final class ImpliedJoins {
    private ImpliedJoins() {
    }

    /** The joins implied by the appointments among {@code sentence}'s events (none when it tells no such pair). */
    static List<Event> of(List<Event> sentence) {
        List<Event> out = new ArrayList<>();
        for (Event post : sentence) {
            if (post.type() != EventType.APPOINTMENT || MoveDeriver.isPost(post)) continue;
            EntityRef person = post.participant("person");
            EntityRef at = post.participant("organization");
            if (person == null || at == null) continue;
            boolean cameFromElsewhere = sentence.stream().anyMatch(e -> e.type() == EventType.DEPARTURE
                    && person.key().equals(key(e.participant("person")))
                    && e.participant("organization") != null && !at.key().equals(key(e.participant("organization"))));
            boolean told = sentence.stream().anyMatch(e -> (e.type() == EventType.JOIN || e.type() == EventType.FOUNDING)
                    && e.participantKeys().contains(person.key()));
            boolean alreadyImplied = out.stream().anyMatch(e -> e.participantKeys().equals(post.participantKeys()));
            if (cameFromElsewhere && !told && !alreadyImplied) {
                out.add(new Event(EventType.JOIN, post.date(), List.of(new Participant(person, "person"),
                        new Participant(at, "organization")), post.evidence(), post.confidence()));
            }
        }
        return out;
    }

    private static String key(EntityRef ref) {
        return ref == null ? null : ref.key();
    }
}
