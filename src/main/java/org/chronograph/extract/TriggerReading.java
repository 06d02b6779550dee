package org.chronograph.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.chronograph.extract.time.TimeMention;

/**
 * What the words around a trigger say of it: whether the sentence states the event at all ("did not raise", "this
 * pivot", "acquired her expertise", "drawing talent and investment" do not) and which of its dates can date it
 * ("as of October 2025" dates a state of affairs; "Before joining X, she interned at Y in 2014" dates the
 * internship; which of its dates is the trigger's is {@link TriggerDates}'s). Stateless.
 */
final class TriggerReading {
    /** Characters looked at on either side of a trigger or a date. */
    private static final int CUE_WINDOW = 60;
    /** A negation at most two words before a trigger: "did not raise", "no IPO", "n'a jamais été publié", "sans lever". */
    private static final Pattern NEGATED = Pattern.compile(
            "(?:\\b(?:no|not|never|nor|without|non|pas|jamais|aucun|aucune|sans)|n['’]t)(?:\\s+[\\p{L}\\d'’-]+){0,2}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Negation words that do not deny what follows: "not only", "no longer" (itself a leaving), "not long after". */
    private static final Pattern NOT_DENIAL = Pattern.compile(
            "\\b(?:not only|not just|no longer|not long|no sooner|non seulement|pas seulement|pas que|pas encore)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "Investment" as a bare noun, which names a funding only with an amount ("drawing talent and investment" does not). */
    private static final Pattern INVESTMENT_NOUN = Pattern.compile(
            "invest(?:ment|ments|issement|issements)|inversi(?:ón|ones)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AMOUNT = Pattern.compile(
            "[$€£¥]\\s?\\d|\\d\\s?(?:[$€£]|k\\b|m\\b|bn\\b)|\\d[\\d.,]*\\s+(?:dollars?|euros?|usd|eur|yuan|million|billion|trillion|milliards?|millions?|mil millones|millones)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** A demonstrative right before the trigger: "this pivot", "cette acquisition". */
    private static final Pattern REFERRED = Pattern.compile(
            "\\b(?:this|that|these|those|ce|cet|cette|ces)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /** What one acquires without buying anything: "acquired his expertise", "acquis une solide expérience". */
    private static final Pattern ACQUIRED_SKILL = Pattern.compile(
            "\\s+(?:(?:his|her|its|their|a|an|some|much|considerable|deep|solid|strong|son|sa|ses|leur|leurs|une?|de l['’]|des|d['’]une?|solide|grande|profonde)\\s+){0,2}"
            + "(?:expertise|experience|expérience|skills?|compétences?|knowledge|connaissances?|savoir-faire|reputation|réputation|"
            + "notoriety|notoriété|momentum|traction|popularity|popularité|insight|familiarity)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A trigger that is the verb of a time clause: "Before joining X, ...", "Après avoir quitté X, ...". */
    private static final Pattern TIME_CLAUSE = Pattern.compile(
            "\\b(?:before|after|since|upon|avant d[e']|après avoir|après être)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private TriggerReading() {
    }

    /** True unless the sentence denies the event, refers back to it, or uses the trigger word for something else. */
    static boolean statesAnEvent(String sentence, Triggers.Hit hit) {
        return !negated(sentence, hit) && !referredTo(sentence, hit) && !acquiredSkill(sentence, hit)
                && !abstractInvestment(sentence, hit);
    }

    /** The text just before the trigger. */
    static String before(String sentence, Triggers.Hit hit) {
        return sentence.substring(Math.max(0, hit.start() - CUE_WINDOW), hit.start());
    }

    /**
     * "did not raise", "no IPO", "n'a pas levé": the sentence denies the event. A delay is a denial already, and
     * "not only", "no longer" or "not released until May" do not deny.
     */
    private static boolean negated(String sentence, Triggers.Hit hit) {
        if (hit.type() == EventType.DELAY) return false;
        String before = before(sentence, hit);
        java.util.regex.Matcher m = NEGATED.matcher(before);
        if (!m.find()) return false;
        String after = sentence.substring(hit.end(), Math.min(sentence.length(), hit.end() + CUE_WINDOW));
        return !NOT_DENIAL.matcher(before.substring(Math.max(0, m.start() - 1)) + " " + after).find()
                && !after.matches("(?is)^\\W*(?:\\S+\\s+){0,3}?(?:until|till|avant|jusqu).*");
    }

    /** "This pivot", "cette acquisition": an event already told, referred to again. */
    private static boolean referredTo(String sentence, Triggers.Hit hit) {
        return REFERRED.matcher(before(sentence, hit)).find();
    }

    /** "acquired his expertise", "a acquis son expérience": gaining a skill is no acquisition. */
    private static boolean acquiredSkill(String sentence, Triggers.Hit hit) {
        return hit.type() == EventType.ACQUISITION && ACQUIRED_SKILL.matcher(sentence.substring(hit.end())).lookingAt();
    }

    /** True for "investment" with no amount in the sentence: an abstract investment, not a funding. */
    private static boolean abstractInvestment(String sentence, Triggers.Hit hit) {
        return hit.type() == EventType.FUNDING && INVESTMENT_NOUN.matcher(hit.words()).matches() && !AMOUNT.matcher(sentence).find();
    }

    /** True when the trigger is the verb of a "before/after doing" clause, which only its own dates can date. */
    static boolean opensTimeClause(String sentence, Triggers.Hit hit) {
        return TIME_CLAUSE.matcher(before(sentence, hit)).find();
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
