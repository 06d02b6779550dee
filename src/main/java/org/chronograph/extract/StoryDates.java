package org.chronograph.extract;

import java.util.List;
import org.chronograph.extract.time.TimeMention;

/**
 * The date a sentence leaves its story at, for the next sentences' undated events: the last date it tells, unless that
 * date sits in a clause describing a name and the main clause tells another ("In June 2024, Corvex bought Talon
 * Robotics, a firm set up by Maya Ortiz in 2019. Maya Ortiz joined Corvex as chief scientist": June 2024, not 2019).
 * Read off the parse: on the way up from the date, an {@code acl} edge or a verb hanging off a noun (the label of that
 * edge varies: acl, dep, conj). A parse that reads the describing participle as a coordinated verb ("la jeune pousse
 * Sillon, fondée en 2020", "pousse" read as a verb) keeps the last date. The parse is asked only of a sentence telling
 * two dates or more. Language-free; stateless.
 */
final class StoryDates {
    /** Edges climbed from a date up to the clause it belongs to at most. */
    private static final int CLIMB = 6;

    private StoryDates() {
    }

    /**
     * The date the sentence's story ends at, or {@code null} when {@code told} (its dates that set the story, in
     * order) is empty.
     */
    static EventDate last(AnalyzedSentence s, List<TimeMention> told) {
        if (told.isEmpty()) return null;
        EventDate last = told.getLast().date();
        if (told.stream().map(TimeMention::date).distinct().count() < 2) return last;
        for (int i = told.size() - 1; i >= 0; i--) {
            if (!inDescription(s, told.get(i))) return told.get(i).date();
        }
        return last;
    }

    /** Whether the date's words hang in a clause that describes a name ("Sillon, fondée en 2020", "who joined in 2019"). */
    private static boolean inDescription(AnalyzedSentence s, TimeMention t) {
        int from = s.tokenAt(s.begin() + t.start());
        int to = s.tokenAt(s.begin() + Math.max(t.start(), t.end() - 1));
        if (from < 0 || to < 0) return false;
        int token = s.head(from, to + 1);
        for (int step = 0; step < CLIMB; step++) {
            List<Integer> governors = s.governors(token);
            if (governors.isEmpty()) return false;
            int g = governors.getFirst();
            String r = s.relation(g, token);
            // a verb hanging off a name: a relative or participle clause describing it (the parse's label for the edge
            // varies: acl, acl:relcl, dep, conj)
            if (r != null && r.startsWith("acl") || PosTags.verb(s.tokens().get(token).tag()) && PosTags.noun(s.tokens().get(g).tag())) {
                return true;
            }
            token = g;
        }
        return false;
    }
}
