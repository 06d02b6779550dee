package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;
import org.chronograph.extract.time.Periods.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

import static org.chronograph.extract.time.Fragments.RANGE_END_START;
import static org.chronograph.extract.time.Fragments.WORD_START;
import static org.chronograph.extract.time.Fragments.dayEn;
import static org.chronograph.extract.time.Fragments.standaloneYear;
import static org.chronograph.extract.time.Fragments.trailingYear;
import static org.chronograph.extract.time.Groups.day;
import static org.chronograph.extract.time.Groups.month;
import static org.chronograph.extract.time.Groups.season;
import static org.chronograph.extract.time.Groups.unit;
import static org.chronograph.extract.time.Groups.year;
import static org.chronograph.extract.time.MonthNames.EN_MONTH;
import static org.chronograph.extract.time.MonthNames.EN_WEEKDAY;

/** English temporal expressions: named months and days, quarters, halves, seasons, decades and relatives. */
final class EnglishRules {
    private static final String MONTH = "(?<m>" + EN_MONTH + ")";
    private static final String WEEKDAY = "(?:(?<wd>" + EN_WEEKDAY + "),?\\s+)?";
    private static final String UNIT = "(?<u>years?|decades?|quarters?|months?|weeks?|days?)";
    private static final String N = "(?<n>" + NumberWords.EN_CARDINAL + ")";
    /** End of a clause: "two years after," is relative, "two years after the launch" is not. */
    private static final String CLAUSE_END = "(?=\\s*(?:[,.;:!?)\\]—–]|$))";

    private static final String SEASON = "(?<s>spring|summer|autumn|fall|winter)";
    private static final String SEASON_END = "(?!\\s+(?:of|in)(?![\\p{L}]))(?!['’]s)";
    /** Words after which a bare month name is the month in context ("in May"); checked only before a capital. */
    private static final String MONTH_LEAD = "(?-i:(?=[JFMASOND]))(?<=" + WORD_START
            + "(?:in|during|throughout|from|until|till|since|by)\\s)";
    private static final String RANGE_WORD = "\\s*(?:[-–—]|to|and|through|until|till)\\s*";
    /** A year after a period word, in digits, two digits or a phrase ("August last year", "March '98"). */
    private static final String YEAR_PHRASE = YearPhrases.after("en");
    /** A day of the month in ordinal words, in group {@code d}: "first", "twenty-first". */
    private static final String DAY_WORD = "(?<d>(?:(?:twenty|thirty)[\\s-])?(?:"
            + SpelledNumbers.words("en", "ordinal", 1, 9) + ")|" + SpelledNumbers.words("en", "ordinal", 10, 30) + ")";
    /** 1 to 99 in words: "ninety-one", "eighty", "twelve". */
    private static final String LOW_99 = "(?:(?:" + SpelledNumbers.words("en", "cardinal", 20, 90) + ")(?:[\\s-]+(?:"
            + SpelledNumbers.words("en", "cardinal", 1, 9) + "))?|" + SpelledNumbers.words("en", "cardinal", 1, 19) + ")";

    private EnglishRules() {
    }

    static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        absolute(r);
        ranges(r);
        contextual(r);
        countedFromAnchor(r);
        countedFromPublication(r);
        add(r, Gate.EN_VAGUE, Rule.skip("vague",
                WORD_START + "(?:recently|lately|nowadays|in\\s+recent\\s+(?:years|months|weeks|days)"
                        + "|in\\s+the\\s+(?:coming|next|past|last)\\s+(?:few\\s+)?(?:years|months|weeks|days))"
                        + "(?![\\p{L}])"));
        return r;
    }

    /** Dates that need no context: "2023", "May 2025", "April 10, 2025", "Q3"-style words, seasons, decades. */
    private static void absolute(List<Rule> r) {
        add(r, Gate.YEAR, Rule.modified("year", false,
                WORD_START + "(?:the\\s+year\\s+)?" + standaloneYear("y") + "(?<sAPPROX>\\s+or\\s+so)?",
                (m, a) -> Periods.year(year(m))));
        add(r, Gate.YEAR, Rule.modified("month-year", false,
                WORD_START + "(?:the\\s+month\\s+of\\s+)?" + MONTH + ",?\\s+(?:of\\s+)?" + trailingYear("y"),
                (m, a) -> Periods.month(year(m), month(m))));
        add(r, Gate.YEAR, Rule.modified("day-month-year", false,
                WORD_START + WEEKDAY + "(?:the\\s+)?" + dayEn("d") + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+"
                        + trailingYear("y"),
                (m, a) -> day(m, year(m))));
        add(r, Gate.YEAR, Rule.modified("month-day-year", false,
                WORD_START + WEEKDAY + MONTH + "\\s+" + dayEn("d") + ",?\\s+" + trailingYear("y"),
                (m, a) -> day(m, year(m))));
        add(r, Gate.YEAR, Rule.modified("day-word-of-month-year", false,
                WORD_START + WEEKDAY + "the\\s+" + DAY_WORD + "\\s+of\\s+" + MONTH + ",?\\s+" + trailingYear("y"),
                (m, a) -> day(m, year(m))));
        add(r, Gate.YEAR, Rule.modified("quarter-year", false,
                WORD_START + "(?:the\\s+)?(?<o>" + NumberWords.EN_ORDINAL + "|last|final)[\\s-]+quarter\\s+"
                        + "(?:of\\s+|in\\s+)?(?:the\\s+year\\s+|fiscal\\s+)?" + trailingYear("y"),
                (m, a) -> Periods.quarter(year(m), quarterOrdinal(m))));
        add(r, Gate.YEAR, Rule.modified("half-year", false,
                WORD_START + "(?:the\\s+)?(?<o>" + NumberWords.EN_ORDINAL + "|latter|last|back|front)[\\s-]+half\\s+"
                        + "(?:of\\s+|in\\s+)?(?:the\\s+year\\s+)?" + trailingYear("y"),
                (m, a) -> Periods.half(year(m), halfOrdinal(m))));
        add(r, Gate.YEAR, Rule.modified("season-year", false,
                WORD_START + "(?:the\\s+)?" + SEASON + "\\s+(?:of\\s+)?" + trailingYear("y"),
                (m, a) -> Periods.season(year(m), season(m))));
        add(r, Gate.EN_SPELLED, Rule.modified("spelled-year", false,
                WORD_START + "(?:(?<yh>" + SpelledNumbers.words("en", "cardinal", 10, 20) + ")[\\s-]+(?<yl>" + LOW_99
                        + "|hundred|oh[\\s-]+(?:" + SpelledNumbers.words("en", "cardinal", 1, 9) + "))"
                        + "|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?<yl2>" + LOW_99 + "))?)(?![\\p{L}-])"
                        + CountNouns.NOT_FOLLOWED_BY_COUNT_NOUN + "(?!\\s+(?:percent|per\\s+cent|years?|people|of)\\b)",
                (m, a) -> Periods.year(spelledYear(m))));
        add(r, Gate.EN_SPELLED, Rule.of("spelled-decade", false,
                WORD_START + "the\\s+(?:(?<dp>early|mid|late)[\\s-]*)?(?:(?<dc>eighteen|nineteen|twenty)[\\s-]+)?"
                        + "(?<dw>" + SpelledNumbers.words("en", "decade", 10, 90) + ")(?![\\p{L}])",
                (m, a) -> Periods.decade(spelledDecade(m), Text.group(m, "dp"))));
        add(r, Gate.YEAR_PHRASE, Rule.of("short-year", true,
                "(?<=" + WORD_START + "(?:in|since|by|of|from|until|till|before|after|circa|around)\\s)"
                        + "['’](?<yy>\\d{2})(?![\\p{L}\\p{N}'’])",
                (m, a) -> Periods.year(YearPhrases.year(m, a, "en"))));
        add(r, Gate.EN_MONTH, Rule.modified("month-year-phrase", true,
                WORD_START + "(?:the\\s+month\\s+of\\s+)?" + MONTH + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "en", y -> Periods.month(y, month(m)))));
        add(r, Gate.EN_MONTH, Rule.modified("day-month-year-phrase", true,
                WORD_START + WEEKDAY + "(?:the\\s+)?" + dayEn("d") + "\\s+(?:of\\s+)?" + MONTH + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "en", y -> day(m, y))));
        add(r, Gate.EN_MONTH, Rule.modified("day-word-month-year-phrase", true,
                WORD_START + WEEKDAY + "the\\s+" + DAY_WORD + "\\s+of\\s+" + MONTH + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "en", y -> day(m, y))));
        add(r, Gate.EN_MONTH, Rule.modified("month-day-year-phrase", true,
                WORD_START + WEEKDAY + MONTH + "\\s+" + dayEn("d") + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "en", y -> day(m, y))));
        add(r, Gate.YEAR_PHRASE, Rule.modified("quarter-year-phrase", true,
                WORD_START + "(?:the\\s+)?(?<o>" + NumberWords.EN_ORDINAL + "|last|final)[\\s-]+quarter" + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "en", y -> Periods.quarter(y, quarterOrdinal(m)))));
        add(r, Gate.YEAR_PHRASE, Rule.modified("half-year-phrase", true,
                WORD_START + "(?:the\\s+)?(?<o>" + NumberWords.EN_ORDINAL + "|latter|last|back|front)[\\s-]+half"
                        + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "en", y -> Periods.half(y, halfOrdinal(m)))));
        add(r, Gate.YEAR_PHRASE, Rule.modified("season-year-phrase", true,
                WORD_START + "(?:the\\s+)?" + SEASON + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "en", y -> Periods.season(y, season(m)))));
        add(r, Gate.DECADE, Rule.of("decade", false,
                "(?:the\\s+)?(?:(?<dp>early|mid|late)[\\s-]*)?" + Fragments.NUMBER_START
                        + "(?<dec>(?:19|20)\\d0)['’]?s(?![\\p{L}\\p{N}])",
                (m, a) -> Periods.decade(Text.group(m, "dec"), Text.group(m, "dp"))));
        add(r, Gate.DECADE, Rule.of("short-decade", false,
                "the\\s+(?:(?<dp>early|mid|late)[\\s-]*)?['’]?(?<dec>\\d0)['’]?s(?![\\p{L}\\p{N}])",
                (m, a) -> Periods.decade(Text.group(m, "dec"), Text.group(m, "dp"))));
    }

    /** Ranges read as two mentions: "from May to July 2024", "April 3-5, 2025", "June 9-12". */
    private static void ranges(List<Rule> r) {
        add(r, Gate.YEAR, Rule.multi("month-range", false,
                WORD_START + "(?:(?:from|between)\\s+)?(?<m1>" + EN_MONTH + ")" + RANGE_WORD + "(?<m2>" + EN_MONTH
                        + "),?\\s+" + trailingYear("y"),
                Ranges::months));
        add(r, Gate.YEAR, Rule.multi("day-range", false,
                WORD_START + MONTH + "\\s+" + dayEn("d1") + "\\s*(?:[-–]|to)\\s*" + dayEn("d2", RANGE_END_START)
                        + ",?\\s+" + trailingYear("y"),
                Ranges::days));
        add(r, Gate.YEAR, Rule.multi("day-range-2", false,
                WORD_START + "(?:from\\s+)?" + dayEn("d1") + "\\s*(?:[-–]|to)\\s*" + dayEn("d2", RANGE_END_START)
                        + "\\s+" + MONTH + ",?\\s+" + trailingYear("y"),
                Ranges::days));
        add(r, Gate.EN_MONTH, Rule.multi("month-range-in-context", true,
                WORD_START + "(?:from|between)\\s+(?<m1>" + EN_MONTH + ")" + RANGE_WORD + "(?<m2>" + EN_MONTH + ")",
                Ranges::months));
        add(r, Gate.EN_MONTH, Rule.multi("day-range-in-context", true,
                WORD_START + MONTH + "\\s+" + dayEn("d1") + "\\s*[-–]\\s*" + dayEn("d2", RANGE_END_START),
                Ranges::days));
        add(r, Gate.EN_MONTH, Rule.multi("day-range-in-context-2", true,
                WORD_START + "(?:from\\s+)?" + dayEn("d1") + "\\s*(?:[-–]|to)\\s*" + dayEn("d2", RANGE_END_START)
                        + "\\s+" + MONTH,
                Ranges::days));
    }

    /** Dates whose year (or month) comes from the context: "in May", "the third quarter", "by the end of the year". */
    private static void contextual(List<Rule> r) {
        add(r, Gate.EN_MONTH, Rule.prefixed("month-prefixed", true,
                MONTH,
                (m, a) -> Periods.inContext(a, y -> Periods.month(y, month(m)))));
        add(r, Gate.EN_MONTH, Rule.of("month-label", true,
                "^\\s*(?:[-*•]\\s*)?" + MONTH + "(?=\\s*:)",
                (m, a) -> Periods.inContext(a, y -> Periods.month(y, month(m)))));
        add(r, Gate.EN_MONTH, Rule.of("month-in", true,
                MONTH_LEAD + MONTH,
                (m, a) -> Periods.inContext(a, y -> Periods.month(y, month(m)))));
        add(r, Gate.EN_MONTH, Rule.of("month-deictic", true,
                WORD_START + "(?<w>last|next|this)\\s+" + MONTH,
                (m, a) -> Periods.monthAround(a.published(), month(m), direction(m))));
        add(r, Gate.EN_MONTH, Rule.modified("day-month", true,
                WORD_START + WEEKDAY + MONTH + "\\s+" + dayEn("d"),
                (m, a) -> Periods.inContext(a, y -> day(m, y))));
        add(r, Gate.EN_MONTH, Rule.modified("day-of-month", true,
                WORD_START + WEEKDAY + "(?:the\\s+)?" + dayEn("d") + "\\s+(?:of\\s+)?" + MONTH,
                (m, a) -> Periods.inContext(a, y -> day(m, y))));
        add(r, Gate.EN_MONTH, Rule.modified("day-word-of-month", true,
                WORD_START + WEEKDAY + "the\\s+" + DAY_WORD + "\\s+of\\s+" + MONTH,
                (m, a) -> Periods.inContext(a, y -> day(m, y))));
        add(r, Gate.EN_UNIT, Rule.modified("quarter", true,
                WORD_START + "(?:the\\s+)?(?<o>" + NumberWords.EN_ORDINAL + "|final)[\\s-]+quarter"
                        + "(?:\\s+of\\s+the\\s+year)?(?!\\s+of\\s+(?!the\\s+year))",
                (m, a) -> Periods.inContext(a, y -> Periods.quarter(y, quarterOrdinal(m)))));
        add(r, Gate.EN_UNIT, Rule.modified("half", true,
                WORD_START + "(?:the\\s+)?(?<o>first|second|latter|back)\\s+half"
                        + "(?:\\s+of\\s+the\\s+year)?(?!\\s+of\\s+(?!the\\s+year))",
                (m, a) -> Periods.inContext(a, y -> Periods.half(y, halfOrdinal(m)))));
        add(r, Gate.SEASON, Rule.prefixed("season-prefixed", true,
                "(?:the\\s+)?" + SEASON + SEASON_END,
                (m, a) -> Periods.inContext(a, y -> Periods.season(y, season(m)))));
        add(r, Gate.SEASON, Rule.of("season", true,
                WORD_START + "the\\s+" + SEASON + SEASON_END,
                (m, a) -> Periods.inContext(a, y -> Periods.season(y, season(m)))));
        // "Talon 2 came out that autumn": the season of the year the story is in
        add(r, Gate.SEASON, Rule.of("season-anaphoric", true,
                WORD_START + "that\\s+" + SEASON + SEASON_END,
                (m, a) -> Periods.inContext(a, y -> Periods.season(y, season(m)))));
        add(r, Gate.SEASON, Rule.of("season-deictic", true,
                WORD_START + "(?<w>last|next|this|this\\s+past|this\\s+coming)\\s+" + SEASON,
                (m, a) -> Periods.seasonAround(a.published(), season(m), direction(m))));
        add(r, Gate.EN_UNIT, Rule.prefixed("period-of-year", true,
                WORD_START + "(?:(?<w>this|next|last)|the)\\s+year(?![\\p{L}\\p{N}'’])(?!\\s+\\d)",
                (m, a) -> Text.has(m, "w") ? Relatives.published(a, direction(m), Unit.YEAR)
                        : Relatives.same(a, Unit.YEAR)));
        add(r, Gate.EN_UNIT, Rule.prefixed("period-of-month", true,
                WORD_START + "(?:(?<w>this|next|last)|the)\\s+month(?![\\p{L}])",
                (m, a) -> Text.has(m, "w") ? Relatives.published(a, direction(m), Unit.MONTH)
                        : Relatives.same(a, Unit.MONTH)));
        add(r, Gate.EN_UNIT, Rule.of("year-end", true,
                WORD_START + "(?:(?:by|at|until|before|around)\\s+(?:the\\s+)?|the\\s+)year[\\s-]?end(?![\\p{L}])",
                (m, a) -> Periods.withMod(Relatives.same(a, Unit.YEAR), "END")));
        add(r, Gate.YEAR, Rule.of("year-end-year", false,
                WORD_START + "(?:(?:by|at|until|before|around)\\s+)?(?:the\\s+)?year[\\s-]?end\\s+" + trailingYear("y"),
                (m, a) -> Periods.withMod(Periods.year(year(m)), "END")));
    }

    /** Expressions counted from the last date mentioned: "two years later", "the following month", "that year". */
    private static void countedFromAnchor(List<Rule> r) {
        add(r, Gate.EN_UNIT, Rule.of("n-later", true,
                WORD_START + N + "\\s+" + UNIT + "\\s+(?:later|afterwards?|hence|after\\s+(?:that|this)|(?:on|after)" + CLAUSE_END + ")"
                        + "(?![\\p{L}])",
                (m, a) -> Relatives.counted(a, m, 1)));
        add(r, Gate.EN_UNIT, Rule.of("n-earlier", true,
                WORD_START + N + "\\s+" + UNIT + "\\s+(?:earlier|previously|before\\s+(?:that|this)|(?:before|prior)" + CLAUSE_END + ")"
                        + "(?![\\p{L}])",
                (m, a) -> Relatives.counted(a, m, -1)));
        add(r, Gate.EN_UNIT, Rule.of("following", true,
                WORD_START + "the\\s+(?<dir>following|next|subsequent|previous|preceding|prior)"
                        + "\\s+(?<u>year|quarter|month|week|day)(?![\\p{L}])",
                (m, a) -> Relatives.narrative(a, sign(m), unit(m))));
        // "raised money in March 2020 and again the following March": the first March after the date told before
        add(r, Gate.EN_MONTH, Rule.of("month-following", true,
                WORD_START + "the\\s+(?<dir>following|next|subsequent|previous|preceding|prior)\\s+" + MONTH
                        + "(?![\\p{L}])(?!\\s*,?\\s+(?:of\\s+|in\\s+)?(?:\\d|['’]))",
                (m, a) -> Periods.monthFrom(a.narrative(), month(m), sign(m))));
        add(r, Gate.SEASON, Rule.of("season-following", true,
                WORD_START + "the\\s+(?<dir>following|next|subsequent|previous|preceding|prior)\\s+" + SEASON + SEASON_END,
                (m, a) -> Periods.seasonFrom(a.narrative(), season(m), sign(m))));
        add(r, Gate.EN_UNIT, Rule.of("unit-after", true,
                WORD_START + "the\\s+(?<u>year|quarter|month|week|day)\\s+(?<dir>after|before)" + CLAUSE_END,
                (m, a) -> Relatives.narrative(a, sign(m), unit(m))));
        // "in 2022, the year the company bought Tallis Audio": the year (month) of the date told before, which the
        // clause after it tells; before any date of the article it names none. Not relative: told right after the
        // date ("2022, the year ..."), it names that date, not the one before it as "a decade later" would
        add(r, Gate.EN_UNIT, Rule.of("unit-clause", false,
                WORD_START + "the\\s+(?<u>year|month)(?=\\s+(?:when|in\\s+which|the|its|his|her|their|(?-i:\\p{Lu})))",
                (m, a) -> Relatives.sameAsTold(a, unit(m))));
        add(r, Gate.EN_UNIT, Rule.of("same", true,
                WORD_START + "(?:(?:later|earlier)\\s+(?:in\\s+)?)?(?:(?:that|the)\\s+same|that)\\s+"
                        + "(?<u>year|quarter|month|week|day)(?![\\p{L}])",
                (m, a) -> Relatives.same(a, unit(m))));
    }

    /** Expressions counted from the publication date: "last year", "three years ago", "yesterday", "on Monday". */
    private static void countedFromPublication(List<Rule> r) {
        add(r, Gate.EN_UNIT, Rule.of("n-ago", true,
                WORD_START + N + "\\s+" + UNIT + "\\s+ago(?![\\p{L}])",
                (m, a) -> Relatives.published(a, negated(m), unit(m))));
        add(r, Gate.EN_UNIT, Rule.of("in-n", true,
                WORD_START + "in\\s+" + N + "\\s+" + UNIT + "(?:['’]?\\s*time)?(?![\\p{L}])"
                        + "(?!\\s+(?:ago|later|earlier|of|after|before)(?![\\p{L}]))",
                (m, a) -> Relatives.published(a, Relatives.count(m), unit(m))));
        add(r, Gate.EN_UNIT, Rule.of("within-n", true,
                WORD_START + "(?:within\\s+(?:the\\s+next\\s+)?|(?:(?:in|over|during)\\s+)?the\\s+(?:next|coming)\\s+)"
                        + N + "\\s+" + UNIT + "(?![\\p{L}])",
                (m, a) -> Periods.withMod(Relatives.published(a, Relatives.count(m), unit(m)), "BEFORE")));
        add(r, Gate.EN_UNIT, Rule.of("past-n", true,
                WORD_START + "(?:(?:in|over|during|for)\\s+)?the\\s+(?:past|last)\\s+" + N + "\\s+" + UNIT
                        + "(?![\\p{L}])",
                (m, a) -> Periods.withMod(Relatives.published(a, negated(m), unit(m)), "AFTER")));
        add(r, Gate.EN_UNIT, Rule.of("deictic", true,
                WORD_START + "(?<w>last|this|next)\\s+(?<u>year|quarter|month|week)(?![\\p{L}])",
                (m, a) -> Relatives.published(a, direction(m), unit(m))));
        add(r, Gate.EN_UNIT, Rule.of("this-period", true,
                WORD_START + "(?:earlier|later)\\s+this\\s+(?<u>year|quarter|month|week)(?![\\p{L}])",
                (m, a) -> Relatives.published(a, 0, unit(m))));
        add(r, Gate.EN_DAY, Rule.of("day-word", true,
                WORD_START + "(?<w>the\\s+day\\s+before\\s+yesterday|yesterday|today|tonight|tomorrow)(?![\\p{L}])",
                (m, a) -> Relatives.published(a, dayOffset(Text.group(m, "w")), Unit.DAY)));
        add(r, Gate.EN_DAY, Rule.of("weekday", true,
                WORD_START + "(?:(?<w>last|next|this(?:\\s+past|\\s+coming)?|on)\\s+)?(?<wd>" + EN_WEEKDAY + ")",
                (m, a) -> Periods.weekday(a.published(), MonthNames.weekday(Text.group(m, "wd")),
                        weekdayDirection(Text.group(m, "w"), a.tense()))));
    }

    private static void add(List<Rule> rules, Gate gate, Rule rule) {
        rules.add(rule.gated(gate));
    }

    /** "nineteen ninety-one" 1991, "nineteen hundred" 1900, "twenty twenty-three" 2023, "two thousand and nine". */
    private static int spelledYear(MatchResult m) {
        if (!Text.has(m, "yh")) {
            Integer low = SpelledNumbers.value("en", Text.group(m, "yl2"));
            return 2000 + (low == null ? 0 : low);
        }
        Integer high = SpelledNumbers.value("en", Text.group(m, "yh"));
        String l = Text.key(Text.group(m, "yl"));
        Integer low = l.equals("hundred") ? Integer.valueOf(0)
                : SpelledNumbers.value("en", l.startsWith("oh") ? l.substring(2).strip() : l);
        return high == null || low == null ? 0 : high * 100 + low;
    }

    /** "the seventies" 1970, "the nineteen-eighties" 1980. */
    private static int spelledDecade(MatchResult m) {
        Integer tens = SpelledNumbers.word("en", Text.group(m, "dw"), "decade");
        Integer century = Text.has(m, "dc") ? SpelledNumbers.value("en", Text.group(m, "dc")) : Integer.valueOf(19);
        return century * 100 + (tens == null ? 0 : tens);
    }

    private static int quarterOrdinal(MatchResult m) {
        String o = Text.key(Text.group(m, "o"));
        return o.equals("last") || o.equals("final") ? 4 : NumberWords.ordinal(o);
    }

    private static int halfOrdinal(MatchResult m) {
        String o = Text.key(Text.group(m, "o"));
        return switch (o) {
            case "latter", "last", "back" -> 2;
            case "front" -> 1;
            default -> NumberWords.ordinal(o);
        };
    }

    /** "last"/"this past" -1, "next"/"this coming" +1, "this" 0, from group {@code w}. */
    private static int direction(MatchResult m) {
        return direction(Text.group(m, "w"));
    }

    private static int direction(String w) {
        String k = Text.key(w);
        if (k.equals("last") || k.equals("this past")) return -1;
        if (k.equals("next") || k.equals("this coming")) return 1;
        return 0;
    }

    private static int weekdayDirection(String w, Tense tense) {
        if (w == null || Text.key(w).equals("on")) return tense == Tense.FUTURE ? 3 : 0;
        int d = direction(w);
        return d == 0 ? 2 : d;
    }

    /** -1 for "previous"/"before", +1 for "following"/"after", from group {@code dir}. */
    private static Integer sign(MatchResult m) {
        String k = Text.key(Text.group(m, "dir"));
        return k.equals("previous") || k.equals("preceding") || k.equals("prior") || k.equals("before") ? -1 : 1;
    }

    private static Integer negated(MatchResult m) {
        Integer n = Relatives.count(m);
        return n == null ? null : -n;
    }

    private static int dayOffset(String w) {
        String k = Text.key(w);
        if (k.equals("yesterday")) return -1;
        if (k.equals("tomorrow")) return 1;
        return k.startsWith("the day before") ? -2 : 0;
    }
}
