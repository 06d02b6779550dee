package org.chronograph.extract;

import java.util.List;
import org.chronograph.extract.time.TimeMention;

/**
 * What the words around a trigger say of it: whether the sentence states the event at all ("did not raise", "this
 * pivot", "acquired her expertise", "drawing talent and investment", "tried to buy" do not), whether it is the verb of a time clause
 * ("Before joining X, she interned at Y in 2014" dates the internship) or a passive. The words are the language's
 * context cues ({@link ContextCues}, {@code extract/<lang>/context.tokensregex}); which of the sentence's dates is the
 * trigger's is {@link TriggerDates}'s. Stateless; language-free.
 */
final class TriggerReading {
    /** Characters looked at before a trigger. */
    private static final int CUE_WINDOW = 60;

    private TriggerReading() {
    }

    /** True unless the sentence denies the event, refers back to it, or uses the trigger word for something else. */
    static boolean statesAnEvent(String lang, AnalyzedSentence s, Triggers.Hit hit) {
        ContextCues cues = ContextCues.bundled(lang);
        int first = first(s, hit);
        int after = last(s, hit) + 1;
        boolean referred = cues.at("REFERRED", s, first);
        boolean skill = hit.type() == EventType.ACQUISITION && cues.at("ACQUIRED_SKILL", s, after);
        boolean abstractInvestment = hit.is("needs-amount") && !cues.at("AMOUNT", s, 0);
        return !undone(lang, s, hit) && !referred && !skill && !abstractInvestment;
    }

    /**
     * True when the sentence tells the event as not done: denied ("did not raise"; a delay is a denial already, and
     * "not released until May" is a delay) or only tried, sought, planned or threatened ("tried to buy"; a planned
     * release is an event at its planned date).
     */
    static boolean undone(String lang, AnalyzedSentence s, Triggers.Hit hit) {
        ContextCues cues = ContextCues.bundled(lang);
        int first = first(s, hit);
        boolean negated = hit.type() != EventType.DELAY && cues.at("NEGATION", s, first) && !cues.at("DENIAL_LIFTED", s, last(s, hit) + 1);
        boolean attempted = hit.type() != EventType.RELEASE && hit.type() != EventType.DELAY && cues.at("ATTEMPT", s, first);
        return negated || attempted;
    }

    /**
     * The event types the sentence names only as not done: every trigger of the type is {@link #undone} ("Orbit tried
     * to buy Sonara", "Acme did not raise money"). The learned detector adds none of them, as it reads the trigger word
     * and not its context. (A type only referred back to, "ce partenariat", stays the detector's: the rules may have
     * missed its first telling.)
     */
    static java.util.Set<EventType> undoneTypes(String lang, AnalyzedSentence s, List<Triggers.Hit> hits) {
        java.util.Set<EventType> denied = java.util.EnumSet.noneOf(EventType.class);
        java.util.Set<EventType> stated = java.util.EnumSet.noneOf(EventType.class);
        for (Triggers.Hit hit : hits) {
            (undone(lang, s, hit) ? denied : stated).add(hit.type());
        }
        denied.removeAll(stated);
        return denied;
    }

    /** True when the trigger is the verb of a "before/after doing" clause, which only its own dates can date. */
    static boolean opensTimeClause(String lang, AnalyzedSentence s, Triggers.Hit hit) {
        return ContextCues.bundled(lang).at("TIME_CLAUSE", s, first(s, hit));
    }

    /** "was hired", "a été recruté": the trigger is a passive participle. */
    static boolean passive(String lang, AnalyzedSentence s, Triggers.Hit hit) {
        return ContextCues.bundled(lang).at("PASSIVE", s, first(s, hit));
    }

    /** "founded by X", "fondée par X": the agent follows the trigger. */
    static boolean agentFollows(String lang, AnalyzedSentence s, Triggers.Hit hit) {
        return ContextCues.bundled(lang).at("AGENT", s, last(s, hit) + 1);
    }

    /** The text just before the trigger (for a sentence with no parse). */
    static String before(String sentence, Triggers.Hit hit) {
        return sentence.substring(Math.max(0, hit.start() - CUE_WINDOW), hit.start());
    }

    private static int first(AnalyzedSentence s, Triggers.Hit hit) {
        return s.tokenAt(s.begin() + hit.start());
    }

    private static int last(AnalyzedSentence s, Triggers.Hit hit) {
        int t = s.tokenAt(s.begin() + hit.end() - 1);
        return t < 0 ? first(s, hit) : t;
    }

    /**
     * The dates of the trigger's own clause (up to the next comma or semicolon): "Before joining X, she interned at
     * Y in 2014" does not date the joining.
     */
    static List<TimeMention> clauseDates(String sentence, Triggers.Hit hit, List<TimeMention> times) {
        int end = hit.end();
        while (end < sentence.length() && sentence.charAt(end) != ',' && sentence.charAt(end) != ';') end++;
        int start = Math.max(sentence.lastIndexOf(',', hit.start()), sentence.lastIndexOf(';', hit.start())) + 1;
        int clauseEnd = end;
        return times.stream().filter(t -> t.start() >= start && t.end() <= clauseEnd).toList();
    }
}
