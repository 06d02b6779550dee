package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A post a sentence names at no organization is at the company in focus: "Elle a été remplacée par Paul Acier" (the
 * post the one replaced held, at the company the story is about), "Clara Vantorre – directrice financière, nommée en
 * septembre 2025" (an item of the company's leaders), "He was replaced by Nadia Osei". Reads only the event, no word of
 * any language.
 */
final class FocusPosts {
    private FocusPosts() {
    }

    /** {@code e} with the company in focus as its organization when it is an appointment of a person at none. */
    static Event at(Event e, EntityRef focus) {
        if (focus == null || e.type() != EventType.APPOINTMENT || MoveDeriver.isPost(e)) return e;
        EntityRef person = e.participant("person");
        if (person == null || person.key().equals(focus.key())
                || e.participants().stream().anyMatch(p -> !p.role().equals("person"))) return e;
        List<Participant> ps = new ArrayList<>(e.participants());
        ps.add(new Participant(focus, "organization"));
        return e.withParticipants(ps);
    }
}
