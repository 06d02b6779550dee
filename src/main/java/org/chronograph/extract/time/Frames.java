package org.chronograph.extract.time;

import java.util.List;
import java.util.regex.Pattern;
import org.chronograph.extract.EventDate;

/**
 * Whether a sentence's dates set the time the story is told in, so that a month or day told later without a year
 * ("In May", "le 3 mars") falls in their year rather than the one before the article's publication. A date sets it
 * when it opens its sentence ("In 2019, ...", "En mars 2024, ...", "By 2021, ..."), when it is finer than a year (a
 * story told month by month: "The beta opened in January 2024. By mid-March ..."), or when it is a short line of its
 * own with no full stop, a heading or label ("The early years (1998)"). A year mentioned in passing does not: "The firm was founded in
 * 2021 by two engineers. In April, it bought a rival." is April of the publication's year in a news story, as readers
 * (and the annotations) take it. Stateless.
 */
final class Frames {
    /** What may stand before a date that opens its sentence: list marks, emphasis, a preposition, a modifier. */
    private static final Pattern OPENING = Pattern.compile(
            "^[\\s\\-*•#>\\d.)_]*(?:(?:in|en|by|from|since|depuis|dès|d[’']ici|au|à|on|le|la|les|during|pendant|durant"
                    + "|around|vers|until|jusqu[’']en|starting|beginning|early|late|mid|début|fin|mi|the|of|de|du)[\\s-]+)*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Words at most in a line that is a heading or label rather than a sentence. */
    private static final int LABEL_WORDS = 8;

    private Frames() {
    }

    /** Whether the dates found in {@code sentence} (non-empty, in order) set the story's time (see the class). */
    static boolean sets(List<TimeMention> found, String sentence) {
        TimeMention last = found.getLast();
        EventDate date = last.date();
        if (date == null) return true;
        if (date.precision() != EventDate.Precision.YEAR) return true;
        String line = sentence.strip();
        if (line.split("\\s+").length <= LABEL_WORDS && !line.matches("(?s).*[.!?…]$")) return true;
        for (TimeMention m : found) {
            if (m.date() == null || m.date().year() != date.year()) continue;
            int at = Math.min(m.start(), sentence.length());
            if (OPENING.matcher(sentence.substring(0, at)).matches()) return true;
        }
        return false;
    }

    /** Whether a date of the last one's year opens its sentence ("In 2019, ...", "By March 2024, ..."). */
    static boolean opens(List<TimeMention> found, String sentence) {
        EventDate date = found.getLast().date();
        if (date == null) return false;
        for (TimeMention m : found) {
            if (m.date() == null || m.date().year() != date.year()) continue;
            if (OPENING.matcher(sentence.substring(0, Math.min(m.start(), sentence.length()))).matches()) return true;
        }
        return false;
    }

    /**
     * Whether a date was placed by the publication date alone, finer than a year ("last September", "in late November"
     * told before any date of the article): it sets no frame for a month told later without a year, which the
     * publication date places too.
     */
    static boolean placedOnPublication(boolean onPublication, boolean relative, EventDate date) {
        return onPublication && relative && date != null && date.precision() != EventDate.Precision.YEAR;
    }

    /**
     * Whether a bare year is used as a modifier of a noun, naming a thing rather than telling when ("their win in the
     * 2012 ImageNet competition", "its 2019 funding round"): it does not move the story's time, so that "the following
     * year" told next still counts from the year the story is in. Read by determiner (English puts such a year between
     * a determiner and its noun).
     */
    static boolean attributive(String sentence, TimeMention m) {
        if (m.date() == null || m.date().precision() != EventDate.Precision.YEAR) return false;
        int start = Math.min(m.start(), sentence.length());
        int end = Math.min(m.end(), sentence.length());
        if (!BARE_YEAR.matcher(sentence.substring(start, end)).matches()) return false;
        String before = sentence.substring(0, start);
        String after = sentence.substring(end);
        return ATTRIBUTIVE_BEFORE.matcher(before).find() && ATTRIBUTIVE_AFTER.matcher(after).find();
    }

    /**
     * Whether a date sets the time the story is told in: not a year naming a thing ({@link #attributive}), nor a date
     * inside parentheses, which tells of an aside ("(though DeepMind was acquired by Google the following year)",
     * "acquisitions like 3dfx (2000–2002)"), unless the parentheses close a label ("IPO (2014): Alibaba went public", a heading "The early years (1998)").
     */
    static boolean setsStory(String sentence, TimeMention m) {
        return !attributive(sentence, m) && !parenthetical(sentence, m) && !backstory(sentence, m);
    }

    /**
     * Whether a date is told in a relative clause in the pluperfect, which tells what came before the story's time
     * ("Marcus Bell, who had joined DHL in 2017, was named chief executive"; "Hugo Lambert, qui avait rejoint Valeo en
     * 2016"): it dates its clause only, so "later that year" told next still counts from the story's year.
     */
    static boolean backstory(String sentence, TimeMention m) {
        int start = Math.min(m.start(), sentence.length());
        return BACKSTORY.matcher(sentence.substring(Math.max(0, start - BACKSTORY_WINDOW), start)).find();
    }

    /** A relative pronoun, a pluperfect auxiliary, then words up to the date with no clause break between. */
    private static final Pattern BACKSTORY = Pattern.compile(
            "(?:\\b(?:who|which|qui|que|où|dont)\\s+|\\bqu['’]\\s*)(?:\\p{L}+\\s+){0,2}?"
                    + "(?:had|avait|avaient|était|étaient)\\s+[^,;:.()—–]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Characters looked at before a date for its clause's pronoun and auxiliary. */
    private static final int BACKSTORY_WINDOW = 80;

    private static boolean parenthetical(String sentence, TimeMention m) {
        int start = Math.min(m.start(), sentence.length());
        int open = sentence.lastIndexOf('(', start);
        if (open < 0 || sentence.lastIndexOf(')', start) > open) return false;
        int close = sentence.indexOf(')', Math.min(m.end(), sentence.length()));
        if (close < 0) return false;
        String after = sentence.substring(close + 1).strip();
        return !after.isEmpty() && !after.startsWith(":");
    }

    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");
    /** A determiner right before the year: "the 2012 ...", "its 2019 ...". */
    private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile(
            "\\b(?:the|its|their|his|her|our|this|that|whose)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A word right after it that is no conjunction or preposition ("the 2012 ImageNet competition", not "the 2012 and"). */
    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile(
            "^[\\s-]+(?!(?:and|or|to|through|until|in|on|at|of)\\b)\\p{L}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Whether a year is told aside, in a phrase set off by commas, parentheses or dashes in the middle of its sentence
     * ("Léo Petit, recruté par Alvéa en 2025, a été licencié en juin"; "The firm, listed since 2014, signed a deal in
     * February"): it dates its phrase, not a month told later in the sentence, which is then placed as if it had not
     * been said.
     */
    static boolean aside(String sentence, TimeMention m) {
        if (m.date() == null || m.date().precision() != EventDate.Precision.YEAR) return false;
        String after = sentence.substring(Math.min(m.end(), sentence.length())).stripLeading();
        if (after.isEmpty() || ",)—–".indexOf(after.charAt(0)) < 0) return false;
        String before = sentence.substring(0, Math.min(m.start(), sentence.length()));
        int open = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('(')),
                Math.max(before.lastIndexOf('—'), before.lastIndexOf('–')));
        return open > 0 && !OPENING.matcher(before).matches();
    }
}
