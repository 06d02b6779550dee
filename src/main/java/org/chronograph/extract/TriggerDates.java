package org.chronograph.extract;

import java.util.Comparator;
import java.util.List;
import org.chronograph.extract.time.TimeMention;

/**
 * Which of a sentence's dates is a trigger's: the nearest in the dependency parse, then in characters, among those
 * that can date an event of its type (a since-date tells when a role began; a founder noun takes only a date of its
 * own phrase). Stateless.
 */
final class TriggerDates {
    private TriggerDates() {
    }

    /**
     * How far a date is from the trigger: dependency edges first ("was acquired by Google in 2014" is nearer to its
     * own "in 2014" than to "in 2012" of the clause before, though that one is fewer characters away), then characters.
     */
    static int dateDistance(AnalyzedSentence s, int trigger, Triggers.Hit hit, TimeMention t) {
        int head = head(s, t);
        int edges = head < 0 ? 50 : Math.min(50, s.distance(trigger, head));
        int chars = t.start() >= hit.end() ? t.start() - hit.end() : Math.max(0, hit.start() - t.end());
        return edges * 10_000 + Math.min(chars, 9_999);
    }

    /** "since 2023", "depuis 2023". */
    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("^(?:since|depuis)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The dates that can date an event of this type: "head of research since 2023, is leaving to join X" dates when
     * a role began, so a since-date never dates a leaving, and dates a taking of a role only right next to it
     * (two dependency edges at most, or right after the trigger: "CEO since 2023"), not a join told elsewhere in the
     * sentence.
     */
    static List<TimeMention> datesFor(EventType type, boolean founderNoun, AnalyzedSentence s, int trigger, Triggers.Hit hit,
                                      List<TimeMention> times) {
        // "fondateur d'Aleph Alpha, a quitté l'entreprise en novembre 2025": a founder noun takes a date of its own
        // phrase only ("co-founder and CEO since 1993"), not the sentence's
        if (type == EventType.FOUNDING && founderNoun) {
            return times.stream().filter(t -> dateDistance(s, trigger, hit, t) < 3 * 10_000 && !ofAVerb(s, t)).toList();
        }
        return times.stream().filter(t -> !SINCE.matcher(t.text()).find() || switch (type) {
            case DEPARTURE -> false;
            case JOIN, APPOINTMENT -> dateDistance(s, trigger, hit, t) < 3 * 10_000 || t.start() >= hit.start() && t.start() - hit.end() <= 2;
            default -> true;
        }).toList();
    }

    /** True when the parse hangs the date on a verb ("qui a démissionné en avril 2026"), not on a noun ("CEO since 1993"). */
    private static boolean ofAVerb(AnalyzedSentence s, TimeMention t) {
        int head = head(s, t);
        if (head < 0) return false;
        for (int g : s.governors(head)) {
            String tag = s.tokens().get(g).tag();
            if (tag != null && (tag.startsWith("VB") || tag.equals("VERB"))) return true;
        }
        return false;
    }

    /** The token that heads a date's words in the parse, or -1 when its offsets map to no token. */
    private static int head(AnalyzedSentence s, TimeMention t) {
        int from = s.tokenAt(s.begin() + t.start());
        int to = s.tokenAt(s.begin() + Math.max(t.start(), t.end() - 1));
        return from < 0 || to < 0 ? -1 : s.head(from, to + 1);
    }

    static int dateDistance(AnalyzedSentence s, int trigger, Triggers.Hit hit, List<TimeMention> times) {
        return times.stream().filter(t -> t.date() != null)
                .mapToInt(t -> dateDistance(s, trigger, hit, t)).min().orElse(Integer.MAX_VALUE);
    }

    static EventDate nearestDate(AnalyzedSentence s, int trigger, Triggers.Hit hit, List<TimeMention> times,
                                         EventDate fallback) {
        return times.stream().filter(t -> t.date() != null)
                .min(Comparator.comparingInt(t -> dateDistance(s, trigger, hit, t)))
                .map(TimeMention::date).orElse(fallback);
    }
}
