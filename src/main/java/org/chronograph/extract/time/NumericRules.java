package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

import static org.chronograph.extract.time.Fragments.NUMBER_START;
import static org.chronograph.extract.time.Fragments.trailingYear;
import static org.chronograph.extract.time.Fragments.year;

/**
 * Language-neutral dates written with digits: ISO dates, slashed and dotted dates, quarter and half codes
 * ("Q3 2024", "H1 2025") and hyphenated year ranges ("2019-2021", read as two mentions, start and end).
 * Web addresses are claimed whole so that the dates in their paths are not read.
 */
final class NumericRules {
    /** Words after which a bare "Q3"/"T3"/"H1" is a period of the year in context ("in Q3", "au T3", "du S2"). */
    private static final String CODE_LEAD = "(?<=" + Fragments.WORD_START
            + "(?:in|during|for|by|since|until|through|of|the|its|au|du|le|en|pour|depuis|dès|avant)\\s)";

    private NumericRules() {
    }

    /**
     * The numeric rules for one language.
     *
     * @param dayFirst       whether "05/04/2025" is day/month (French) rather than month/day (English)
     * @param quarterLetters letters that introduce a quarter code ("Q", plus "T" for trimestre)
     * @param halfLetters    letters that introduce a half code ("H", plus "S" for semestre)
     */
    static List<Rule> rules(boolean dayFirst, String quarterLetters, String halfLetters) {
        String end = "(?![\\p{L}\\p{N}]|[.,\\-/]\\d)";
        String q = "[" + quarterLetters + "]";
        String h = "[" + halfLetters + "]";
        String codeToYear = "(?:\\s*[-/]\\s*|\\s+(?:of\\s+)?|\\s*(?=['’]))" + yearOrShort("y", "yy");
        String yearToCode = "(?:\\s*[-/]\\s*|\\s+)";
        String bareCode = "(?![\\p{L}\\p{N}])(?!\\s*[-/'’]?\\s*\\d)";
        return List.of(
                Rule.modified("iso-date", false,
                        NUMBER_START + year("y") + "-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])"
                                + "(?:(?=T\\d)|" + end + ")",
                        (m, a) -> day(m)).gated(Gate.YEAR),
                Rule.modified("ymd-slash", false,
                        NUMBER_START + year("y") + "/(?<mo>0?[1-9]|1[0-2])/(?<d>" + Fragments.DAY_NUMBER + ")" + end,
                        (m, a) -> day(m)).gated(Gate.YEAR),
                Rule.modified("dmy-or-mdy", false,
                        NUMBER_START + "(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>" + year("y") + end,
                        (m, a) -> slashed(m, dayFirst)).gated(Gate.YEAR),
                Rule.modified("quarter-code", false,
                        NUMBER_START + q + "(?<q>[1-4])" + codeToYear,
                        (m, a) -> Periods.quarter(yearOf(m), number(m, "q"))).gated(Gate.PERIOD_CODE),
                Rule.modified("year-quarter-code", false,
                        NUMBER_START + year("y") + yearToCode + q + "(?<q>[1-4])(?![\\p{L}\\p{N}])",
                        (m, a) -> Periods.quarter(yearOf(m), number(m, "q"))).gated(Gate.YEAR),
                Rule.modified("half-code", false,
                        NUMBER_START + h + "(?<h>[12])" + codeToYear,
                        (m, a) -> Periods.half(yearOf(m), number(m, "h"))).gated(Gate.PERIOD_CODE),
                Rule.modified("year-half-code", false,
                        NUMBER_START + year("y") + yearToCode + h + "(?<h>[12])(?![\\p{L}\\p{N}])",
                        (m, a) -> Periods.half(yearOf(m), number(m, "h"))).gated(Gate.YEAR),
                Rule.modified("quarter-code-in-context", true,
                        "(?=" + q + "[1-4])" + CODE_LEAD + q + "(?<q>[1-4])" + bareCode,
                        (m, a) -> Periods.quarter(a.narrativeYear(), number(m, "q"))).gated(Gate.PERIOD_CODE),
                Rule.modified("half-code-in-context", true,
                        "(?=" + h + "[12])" + CODE_LEAD + h + "(?<h>[12])" + bareCode,
                        (m, a) -> Periods.half(a.narrativeYear(), number(m, "h"))).gated(Gate.PERIOD_CODE),
                Rule.skip("url", "(?:https?://|www\\.)[^\\s)\\]>\"]+").gated(Gate.URL),
                Rule.multi("year-range", false,
                        NUMBER_START + year("y1") + "\\s*[-–—/]\\s*(?<y2>(?:19|20)\\d{2}|\\d{2})"
                                + "(?![\\p{L}\\p{N}%]|[.,\\-/]\\d)",
                        NumericRules::yearRange).gated(Gate.YEAR));
    }

    /** A four-digit year in {@code group}, or an apostrophe and two digits ("Q3 '24") in {@code shortGroup}. */
    private static String yearOrShort(String group, String shortGroup) {
        return "(?:" + trailingYear(group) + "|['’](?<" + shortGroup + ">\\d{2})(?![\\p{L}\\p{N}]))";
    }

    private static int yearOf(MatchResult m) {
        String y = Text.group(m, "y");
        return y != null ? Integer.parseInt(y) : 2000 + Integer.parseInt(Text.group(m, "yy"));
    }

    private static EventDate day(MatchResult m) {
        return Periods.day(number(m, "y"), number(m, "mo"), number(m, "d"));
    }

    private static int number(MatchResult m, String group) {
        return Integer.parseInt(Text.group(m, group));
    }

    /** "05/04/2025": a number above 12 settles the order; otherwise dots and French mean day first. */
    private static EventDate slashed(MatchResult m, boolean dayFirst) {
        int a = Integer.parseInt(Text.group(m, "a"));
        int b = Integer.parseInt(Text.group(m, "b"));
        int y = Integer.parseInt(Text.group(m, "y"));
        boolean aIsDay = a > 12 || (b <= 12 && (dayFirst || ".".equals(Text.group(m, "sep"))));
        return aIsDay ? Periods.day(y, b, a) : Periods.day(y, a, b);
    }

    /** "2019-2021" as two mentions; "2019-21" too; "2025-04" (a month) as one; anything else claims nothing. */
    private static List<Rule.Dated> yearRange(MatchResult m, Anchor anchor) {
        int y1 = Integer.parseInt(Text.group(m, "y1"));
        String second = Text.group(m, "y2");
        int y2 = Integer.parseInt(second);
        if (second.length() == 2) {
            int full = y1 / 100 * 100 + y2;
            if (full <= y1) {
                boolean month = m.group().contains("-") && y2 >= 1 && y2 <= 12;
                return month ? List.of(new Rule.Dated(m.start(), m.end(), Periods.month(y1, y2))) : List.of();
            }
            y2 = full;
        }
        if (y2 <= y1) return List.of();
        List<Rule.Dated> out = new ArrayList<>(2);
        out.add(new Rule.Dated(Text.start(m, "y1"), Text.end(m, "y1"), Periods.year(y1)));
        out.add(new Rule.Dated(Text.start(m, "y2"), Text.end(m, "y2"), Periods.year(y2)));
        return out;
    }
}
