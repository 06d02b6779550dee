package org.chronograph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.chronograph.extract.time.RangeLinks;
import org.chronograph.extract.time.TimeMention;

/**
 * The span of years written right after an organization a person is said to have been at ("previously at Arm
 * (2017-2022)", "ancienne de Doctolib (2019-2023)"): the end of the span dates the leaving that "former" or "previously"
 * tells, which otherwise has no date of its own. Stateless.
 */
final class TenureSpans {
    /** What may stand between the organization's name and the span's first year: a space, an opening parenthesis. */
    private static final Pattern GAP = Pattern.compile("\\s*[(\\[]?\\s*");

    private TenureSpans() {
    }

    /**
     * The end of the span written right after one of the event's organizations, or {@code null} when none is.
     *
     * @param lang         the article's language (for the words that join a span: "to", "à", a dash)
     * @param participants the leaving's participants
     * @param mentions     the sentence's entity mentions
     * @param times        the sentence's dates, in order
     */
    static EventDate end(String lang, AnalyzedSentence s, List<Participant> participants, List<EntityMention> mentions,
                         List<TimeMention> times) {
        RangeLinks links = RangeLinks.forLanguage(lang);
        for (EntityMention m : mentions) {
            if (!m.type().isOrganization() || participants.stream().noneMatch(p -> p.entity().key().equals(m.entity().key()))) continue;
            int after = s.tokens().get(m.to() - 1).endPosition() - s.begin();
            for (int i = 0; i + 1 < times.size(); i++) {
                TimeMention first = times.get(i);
                if (first.start() < after || !GAP.matcher(s.text().substring(after, first.start())).matches()) continue;
                TimeMention second = times.get(i + 1);
                if (second.date() != null && links.spans(s.text(), first, second)) return second.date();
            }
        }
        return null;
    }
}
