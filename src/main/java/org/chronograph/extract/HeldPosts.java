package org.chronograph.extract;

import java.util.List;
import org.chronograph.extract.time.TimeMention;

/**
 * A post held now, told in the present ("il dirige aujourd'hui Orbit", "À la tête d'Orbit, ...", "she now leads Orbit"),
 * is no event: an undated appointment or join at an organization the sentence names as such a post (cue
 * {@code HELD_NOW} in {@code context.tokensregex}) is read as a post, which only tells where a departure led
 * ({@link MoveDeriver#isPost}). A date the sentence tells keeps it an event ("à la tête d'Orbit depuis 2022"); one it
 * takes from the page or the story around it does not. No word of any language.
 */
final class HeldPosts {
    static final String CUE = "HELD_NOW";

    private HeldPosts() {
    }

    /** {@code e} as a post when it is an appointment or join, not dated by the sentence, at an organization held now. */
    static Event read(String lang, AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times, Event e) {
        if (!isHeldNow(lang, s, mentions, times, e)) return e;
        EntityRef person = e.participant("person");
        EntityRef org = e.participant("organization");
        return new Event(EventType.JOIN, null, List.of(new Participant(person, "person"), new Participant(org, MoveDeriver.POST)),
                e.evidence(), e.confidence());
    }

    /** True when {@code e} is an appointment or join the sentence dates not, at an organization it names as a post held now. */
    static boolean isHeldNow(String lang, AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times, Event e) {
        if (e.type() != EventType.APPOINTMENT && e.type() != EventType.JOIN || MoveDeriver.isPost(e)) return false;
        // dated by the sentence itself ("depuis 2022"), not by the page or the story around it
        if (e.date() != null && times.stream().anyMatch(t -> t.date() != null && t.date().value().equals(e.date().value()))) return false;
        EntityRef person = e.participant("person");
        EntityRef org = e.participant("organization");
        if (person == null || org == null) return false;
        ContextCues cues = ContextCues.bundled(lang);
        for (EntityMention m : mentions) {
            if (m.entity().key().equals(org.key()) && cues.at(CUE, s, m.from())) return true;
        }
        return false;
    }
}
