package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;
import org.chronograph.extract.time.Periods.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

import static org.chronograph.extract.time.Fragments.APOS;
import static org.chronograph.extract.time.Fragments.RANGE_END_START;
import static org.chronograph.extract.time.Fragments.WORD_START;
import static org.chronograph.extract.time.Fragments.dayFr;
import static org.chronograph.extract.time.Fragments.standaloneYear;
import static org.chronograph.extract.time.Fragments.trailingYear;
import static org.chronograph.extract.time.Groups.day;
import static org.chronograph.extract.time.Groups.month;
import static org.chronograph.extract.time.Groups.season;
import static org.chronograph.extract.time.Groups.unit;
import static org.chronograph.extract.time.Groups.year;
import static org.chronograph.extract.time.MonthNames.FR_MONTH;
import static org.chronograph.extract.time.MonthNames.FR_WEEKDAY;

/** French temporal expressions: named months and days, trimestres, semestres, seasons, decades and relatives. */
final class FrenchRules {
    private static final String MONTH = "(?<m>" + FR_MONTH + ")";
    private static final String WEEKDAY = "(?:(?<wd>" + FR_WEEKDAY + ")\\s+)?";
    private static final String UNIT = "(?<u>ans?|années?|décennies?|decennies?|trimestres?|mois|semaines?|jours?)";
    private static final String N = "(?<n>" + NumberWords.FR_CARDINAL + ")";
    private static final String CLAUSE_END = "(?=\\s*(?:[,.;:!?)\\]—–»]|$))";
    /** "été" is also a past participle ("a été"): it counts as a season only after l', en or cet. */
    private static final String SEASON = "(?<s>printemps|automne|hiver|(?<=(?:" + APOS + "|\\ben\\s|\\bcet\\s))"
            + "[ée]t[ée])";
    /** "de 2024", "d'", "de l'année 2024": what may join a period word to its year. */
    private static final String OF_YEAR = "\\s+(?:de\\s+l" + APOS + "(?:année|exercice)\\s+|d" + APOS + "|de\\s+)?";
    private static final String MONTH_OF = "(?:(?:le\\s+)?mois\\s+d(?:e\\s+|" + APOS + "))?";
    private static final String LAST_NEXT = "(?:\\s+(?<w>dernier|prochain))?";
    /** Words after which a bare month name is the month in context ("en avril", "d'avril"). */
    private static final String MONTH_LEAD = "(?=[jfmasond])(?<=" + WORD_START + "(?:en|courant|durant|pendant|de|d"
            + APOS + "|mois\\s+d" + APOS + "|mois\\s+de)\\s?)";
    private static final String RANGE_WORD = "\\s*(?:[-–—]|à|a|et|au)\\s*";
    private static final String DAY_RANGE_START = "(?:du\\s+|les\\s+|entre\\s+le\\s+)?";
    /** A year after a period word, in two digits or a phrase ("novembre de l'année dernière", "octobre 98"). */
    private static final String YEAR_PHRASE = YearPhrases.after("fr");
    /** A French cardinal word up to a hundred ("neuf", "quatre-vingt", "soixante"). */
    private static final String CARDINAL = SpelledNumbers.words("fr", "cardinal", 0, 100);
    /** A spelled-out year: "mille neuf cent quatre-vingt-onze", "deux mille neuf", "deux mille vingt-trois". */
    private static final String SPELLED_YEAR = "(?<fy>(?:deux[\\s-]+)?mil(?:le)?(?:[\\s-]+(?:et[\\s-]+)?(?:" + CARDINAL
            + "))*)(?![\\p{L}-])";
    /** A decade in words: "soixante-dix", "quatre-vingt", "deux mille". */
    private static final String DECADE_WORDS = "(?<decw>deux\\s+mille|(?:" + CARDINAL + ")(?:-(?:" + CARDINAL + "))*)";

    private FrenchRules() {
    }

    static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        absolute(r);
        ranges(r);
        contextual(r);
        countedFromAnchor(r);
        countedFromPublication(r);
        add(r, Gate.FR_VAGUE, Rule.skip("vague",
                WORD_START + "(?:récemment|dernièrement|prochainement"
                        + "|ces\\s+derni[eè]re?s\\s+(?:années|mois|semaines|jours|temps)|ces\\s+temps-ci)"
                        + "(?![\\p{L}])"));
        return r;
    }

    /** Dates that need no context: "2023", "mai 2025", "10 avril 2025", trimestres, seasons, decades. */
    private static void absolute(List<Rule> r) {
        add(r, Gate.YEAR, Rule.modified("year", false,
                WORD_START + "(?:l" + APOS + "(?:année|an)\\s+|année\\s+)?" + standaloneYear("y") + "(?<sAPPROX>\\s+environ)?",
                (m, a) -> Periods.year(year(m))));
        add(r, Gate.YEAR, Rule.modified("month-year", false,
                WORD_START + MONTH_OF + MONTH + "\\s+(?:de\\s+l" + APOS + "année\\s+)?" + trailingYear("y"),
                (m, a) -> Periods.month(year(m), month(m))));
        add(r, Gate.YEAR, Rule.modified("day-month-year", false,
                WORD_START + WEEKDAY + dayFr("d") + "\\s+" + MONTH + "\\s+" + trailingYear("y"),
                (m, a) -> day(m, year(m))));
        add(r, Gate.YEAR, Rule.modified("quarter-year", false,
                WORD_START + "(?<o>" + NumberWords.FR_ORDINAL + "|dernier)\\s+trimestre" + OF_YEAR + trailingYear("y"),
                (m, a) -> Periods.quarter(year(m), ordinal(m, 4))));
        add(r, Gate.YEAR, Rule.modified("half-year", false,
                WORD_START + "(?<o>" + NumberWords.FR_ORDINAL + "|dernier)\\s+semestre" + OF_YEAR + trailingYear("y"),
                (m, a) -> Periods.half(year(m), ordinal(m, 2))));
        add(r, Gate.YEAR, Rule.modified("season-year", false,
                WORD_START + SEASON + OF_YEAR + trailingYear("y"),
                (m, a) -> Periods.season(year(m), season(m))));
        add(r, Gate.FR_UNIT, Rule.of("decade", false,
                WORD_START + "(?:(?<dp>début|milieu|mi|fin)[\\s-]+)?(?:(?:des|les|aux|dans\\s+les)\\s+)?"
                        + "années\\s+(?<dec>(?:19|20)?\\d0)(?![\\p{L}\\p{N}])",
                (m, a) -> Periods.decade(Text.group(m, "dec"), Text.group(m, "dp"))));
        add(r, Gate.FR_SPELLED, Rule.of("spelled-decade", false,
                WORD_START + "(?:(?<dp>début|milieu|mi|fin)[\\s-]+)?(?:(?:des|les|aux|dans\\s+les)\\s+)?"
                        + "années\\s+" + DECADE_WORDS + "(?![\\p{L}\\p{N}])",
                (m, a) -> spelledDecade(m)));
        add(r, Gate.FR_SPELLED, Rule.modified("spelled-year", false,
                "(?:(?<=" + WORD_START + "(?:en|depuis|dès|vers|avant|après|année)\\s)|" + WORD_START + "l" + APOS
                        + "an\\s+)" + SPELLED_YEAR + CountNouns.NOT_FOLLOWED_BY_COUNT_NOUN,
                (m, a) -> spelledYear(m)));
        add(r, Gate.FR_MONTH, Rule.modified("month-year-phrase", true,
                WORD_START + MONTH_OF + MONTH + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "fr", y -> Periods.month(y, month(m)))));
        add(r, Gate.FR_MONTH, Rule.modified("day-month-year-phrase", true,
                WORD_START + WEEKDAY + dayFr("d") + "\\s+" + MONTH + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "fr", y -> day(m, y))));
        add(r, Gate.FR_UNIT, Rule.modified("quarter-year-phrase", true,
                WORD_START + "(?<o>" + NumberWords.FR_ORDINAL + "|dernier)\\s+trimestre" + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "fr", y -> Periods.quarter(y, ordinal(m, 4)))));
        add(r, Gate.FR_UNIT, Rule.modified("half-year-phrase", true,
                WORD_START + "(?<o>" + NumberWords.FR_ORDINAL + "|dernier)\\s+semestre" + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "fr", y -> Periods.half(y, ordinal(m, 2)))));
        add(r, Gate.SEASON, Rule.modified("season-year-phrase", true,
                WORD_START + SEASON + YEAR_PHRASE,
                (m, a) -> YearPhrases.in(m, a, "fr", y -> Periods.season(y, season(m)))));
    }

    /** Ranges read as two mentions: "de mars à mai 2024", "du 3 au 5 avril 2025", "du 9 au 12 juin". */
    private static void ranges(List<Rule> r) {
        add(r, Gate.YEAR, Rule.multi("month-range", false,
                WORD_START + "(?:(?:de|entre)\\s+|d" + APOS + ")?(?<m1>" + FR_MONTH + ")" + RANGE_WORD
                        + "(?<m2>" + FR_MONTH + ")\\s+" + trailingYear("y"),
                Ranges::months));
        add(r, Gate.YEAR, Rule.multi("day-range", false,
                WORD_START + DAY_RANGE_START + dayFr("d1") + "\\s*(?:[-–]|au|et)\\s*" + dayFr("d2", RANGE_END_START)
                        + "\\s+" + MONTH + "\\s+" + trailingYear("y"),
                Ranges::days));
        add(r, Gate.FR_MONTH, Rule.multi("month-range-in-context", true,
                WORD_START + "(?:(?:de|entre)\\s+|d" + APOS + ")(?<m1>" + FR_MONTH + ")" + RANGE_WORD
                        + "(?<m2>" + FR_MONTH + ")",
                Ranges::months));
        add(r, Gate.FR_MONTH, Rule.multi("day-range-in-context", true,
                WORD_START + DAY_RANGE_START + dayFr("d1") + "\\s*(?:[-–]|au|et)\\s*" + dayFr("d2", RANGE_END_START)
                        + "\\s+" + MONTH,
                Ranges::days));
    }

    /** Dates whose year (or month) comes from the context: "en avril", "au troisième trimestre", "fin d'année". */
    private static void contextual(List<Rule> r) {
        add(r, Gate.FR_MONTH, Rule.prefixed("month-prefixed", true,
                WORD_START + MONTH_OF + MONTH + LAST_NEXT,
                FrenchRules::monthInContext));
        add(r, Gate.FR_MONTH, Rule.of("month-label", true,
                "^\\s*(?:[-*•]\\s*)?" + MONTH + "(?=\\s*:)",
                FrenchRules::monthInContext));
        add(r, Gate.FR_MONTH, Rule.of("month-in", true,
                MONTH_LEAD + MONTH + LAST_NEXT,
                FrenchRules::monthInContext));
        add(r, Gate.FR_MONTH, Rule.of("month-deictic", true,
                WORD_START + MONTH + "\\s+(?<w>dernier|prochain)",
                FrenchRules::monthInContext));
        add(r, Gate.FR_MONTH, Rule.modified("day-month", true,
                WORD_START + WEEKDAY + dayFr("d") + "\\s+" + MONTH + LAST_NEXT,
                FrenchRules::dayInContext));
        add(r, Gate.FR_UNIT, Rule.modified("quarter", true,
                WORD_START + "(?<o>" + NumberWords.FR_ORDINAL + ")\\s+trimestre(?:\\s+de\\s+l" + APOS
                        + "(?:année|exercice))?",
                (m, a) -> Periods.inContext(a, y -> Periods.quarter(y, ordinal(m, 4)))));
        add(r, Gate.FR_UNIT, Rule.modified("half", true,
                WORD_START + "(?<o>" + NumberWords.FR_ORDINAL + ")\\s+semestre(?:\\s+de\\s+l" + APOS
                        + "(?:année|exercice))?",
                (m, a) -> Periods.inContext(a, y -> Periods.half(y, ordinal(m, 2)))));
        add(r, Gate.SEASON, Rule.prefixed("season-prefixed", true,
                "(?:l" + APOS + "\\s*|le\\s+)?" + SEASON + LAST_NEXT,
                FrenchRules::seasonInContext));
        add(r, Gate.SEASON, Rule.of("season", true,
                WORD_START + "(?:au|à\\s+l" + APOS + "|a\\s+l" + APOS + "|en|l" + APOS + ")\\s*" + SEASON + LAST_NEXT,
                FrenchRules::seasonInContext));
        add(r, Gate.SEASON, Rule.of("season-deictic", true,
                WORD_START + "(?:cet|ce)\\s+" + SEASON,
                (m, a) -> Periods.seasonAround(a.published(), season(m), 0)));
        add(r, Gate.FR_UNIT, Rule.prefixed("period-of-year", true,
                WORD_START + "(?:(?<c>cette\\s+)|l" + APOS + "\\s*)?année"
                        + "(?:\\s+(?<w>prochaine|dernière|passée|en\\s+cours))?(?![-\\s]*là)(?!\\s+\\d)(?![\\p{L}])",
                (m, a) -> Text.has(m, "w") || Text.has(m, "c") ? Relatives.published(a, direction(m), Unit.YEAR)
                        : Relatives.same(a, Unit.YEAR)));
        add(r, Gate.FR_UNIT, Rule.prefixed("period-of-month", true,
                WORD_START + "(?:(?<c>ce\\s+)|le\\s+)?mois(?:-ci)?"
                        + "(?:\\s+(?<w>prochain|dernier|passé|en\\s+cours))?(?![-\\s]*là)(?!\\s+d)(?![\\p{L}])",
                (m, a) -> Text.has(m, "w") || Text.has(m, "c") ? Relatives.published(a, direction(m), Unit.MONTH)
                        : Relatives.same(a, Unit.MONTH)));
    }

    /** Expressions counted from the last date mentioned: "deux ans plus tard", "le mois suivant". */
    private static void countedFromAnchor(List<Rule> r) {
        add(r, Gate.FR_UNIT, Rule.of("n-later", true,
                WORD_START + N + "\\s+" + UNIT + "\\s+(?:plus\\s+tard|ensuite|après\\s+(?:cela|ça)|après" + CLAUSE_END + ")(?![\\p{L}])",
                (m, a) -> Relatives.counted(a, m, 1)));
        add(r, Gate.FR_UNIT, Rule.of("n-earlier", true,
                WORD_START + N + "\\s+" + UNIT + "\\s+(?:plus\\s+tôt|auparavant|précédemment|avant\\s+(?:cela|ça)|avant"
                        + CLAUSE_END + ")(?![\\p{L}])",
                (m, a) -> Relatives.counted(a, m, -1)));
        add(r, Gate.FR_UNIT, Rule.of("following", true,
                WORD_START + "(?:l" + APOS + "\\s*|le\\s+|la\\s+)(?<u>année|an|trimestre|mois|semaine|jour)\\s+"
                        + "(?<dir>suivante?|d" + APOS + "après|précédente?|d" + APOS + "avant)(?![\\p{L}])",
                (m, a) -> Relatives.narrative(a, sign(m), unit(m))));
        add(r, Gate.FR_UNIT, Rule.of("eve", true,
                WORD_START + "(?<w>le\\s+lendemain|la\\s+veille|l" + APOS + "avant-veille|le\\s+surlendemain)"
                        + "(?![\\p{L}])",
                (m, a) -> Relatives.narrative(a, eveOffset(Text.group(m, "w")), Unit.DAY)));
        add(r, Gate.FR_UNIT, Rule.of("same", true,
                WORD_START + "(?:(?:cette|ce|cet)\\s+(?<u>année|an|trimestre|mois|semaine|jour)[-\\s]là"
                        + "|(?:la|le|cette|ce|du|de\\s+la)\\s+même\\s+(?<u2>année|trimestre|mois|semaine|jour))"
                        + "(?![\\p{L}])",
                (m, a) -> Relatives.same(a, eitherUnit(m))));
    }

    /** Expressions counted from the publication date: "l'an dernier", "il y a trois ans", "hier", "lundi". */
    private static void countedFromPublication(List<Rule> r) {
        add(r, Gate.FR_UNIT, Rule.of("ago", true,
                WORD_START + "il\\s+y\\s+a\\s+(?:environ\\s+|près\\s+de\\s+|plus\\s+de\\s+|moins\\s+d(?:e\\s+|" + APOS
                        + "))?" + N + "\\s+" + UNIT + "(?![\\p{L}])",
                (m, a) -> Relatives.published(a, negated(m), unit(m))));
        add(r, Gate.FR_UNIT, Rule.of("in-n", true,
                WORD_START + "dans\\s+" + N + "\\s+" + UNIT + "(?![\\p{L}])",
                (m, a) -> Relatives.published(a, Relatives.count(m), unit(m))));
        add(r, Gate.FR_UNIT, Rule.of("within-n", true,
                WORD_START + "d" + APOS + "ici(?:\\s+à)?\\s+" + N + "\\s+" + UNIT + "(?![\\p{L}])",
                (m, a) -> Periods.withMod(Relatives.published(a, Relatives.count(m), unit(m)), "BEFORE")));
        add(r, Gate.FR_UNIT, Rule.of("next-n", true,
                WORD_START + "(?:(?:au\\s+cours\\s+d(?:es|e\\s+ces)|dans|durant|pendant|sur|depuis)\\s+"
                        + "(?:les\\s+|ces\\s+)?|(?:les|ces|des)\\s+)" + N + "\\s+(?<dir>derni[eè]re?s|prochaine?s)\\s+"
                        + UNIT + "(?![\\p{L}])",
                FrenchRules::lastOrNextN));
        add(r, Gate.FR_UNIT, Rule.of("deictic", true,
                WORD_START + "(?:(?:l" + APOS + "\\s*|le\\s+|la\\s+)(?<u>an|année|trimestre|mois|semaine)\\s+"
                        + "(?<w>derni[eè]re?|passée?|prochaine?|en\\s+cours)"
                        + "|(?<c>cette|ce|cet)\\s+(?<u2>année|an|trimestre|mois|semaine)(?:-ci)?(?![-\\s]*là))"
                        + "(?![\\p{L}])",
                (m, a) -> Relatives.published(a, direction(m), eitherUnit(m))));
        add(r, Gate.FR_DAY, Rule.of("day-word", true,
                WORD_START + "(?<w>aujourd" + APOS + "hui|avant-hier|après-demain|hier|demain)(?![\\p{L}])",
                (m, a) -> Relatives.published(a, dayOffset(Text.group(m, "w")), Unit.DAY)));
        add(r, Gate.FR_DAY, Rule.of("weekday", true,
                WORD_START + "(?:(?<c>ce)\\s+)?(?<wd>" + FR_WEEKDAY + ")(?:\\s+(?<w>dernier|prochain))?",
                (m, a) -> Periods.weekday(a.published(), MonthNames.weekday(Text.group(m, "wd")),
                        weekdayDirection(m, a.tense()))));
    }

    private static void add(List<Rule> rules, Gate gate, Rule rule) {
        rules.add(rule.gated(gate));
    }

    /** "avril dernier" the last April before publication, "avril prochain" the next, "en avril" the anchor's year. */
    private static EventDate monthInContext(MatchResult m, Anchor a) {
        return Text.has(m, "w") ? Periods.monthAround(a.published(), month(m), direction(m))
                : Periods.inContext(a, y -> Periods.month(y, month(m)));
    }

    private static EventDate seasonInContext(MatchResult m, Anchor a) {
        return Text.has(m, "w") ? Periods.seasonAround(a.published(), season(m), direction(m))
                : Periods.inContext(a, y -> Periods.season(y, season(m)));
    }

    /** "le 21 décembre": the day in the context's year; "le 21 décembre dernier" in the last December. */
    private static EventDate dayInContext(MatchResult m, Anchor a) {
        if (Text.has(m, "w")) {
            EventDate month = Periods.monthAround(a.published(), month(m), direction(m));
            return month == null ? null : day(m, month.year());
        }
        return Periods.inContext(a, y -> day(m, y));
    }

    /** "mille neuf cent quatre-vingt-onze" 1991; null outside 1000-2100. */
    private static EventDate spelledYear(MatchResult m) {
        Integer v = SpelledNumbers.value("fr", Text.group(m, "fy"));
        return v == null || v < 1000 || v > 2100 ? null : Periods.year(v);
    }

    /** "les années soixante-dix" 1970, "les années deux mille" 2000, with "début"/"milieu"/"fin". */
    private static EventDate spelledDecade(MatchResult m) {
        Integer v = SpelledNumbers.value("fr", Text.group(m, "decw"));
        if (v == null || v % 10 != 0 || (v >= 100 && v != 2000) || v < 20 && v != 0) return null;
        return Periods.decade(v == 2000 ? 2000 : 1900 + v, Text.group(m, "dp"));
    }

    /** "les deux dernières années" AFTER two years before publication; "les 12 prochains mois" BEFORE 12 after. */
    private static EventDate lastOrNextN(MatchResult m, Anchor a) {
        Integer n = Relatives.count(m);
        if (n == null) return null;
        boolean past = Text.key(Text.group(m, "dir")).startsWith("dern");
        return Periods.withMod(Relatives.published(a, past ? -n : n, unit(m)), past ? "AFTER" : "BEFORE");
    }

    /** The unit in group {@code u}, else in {@code u2} (patterns with two alternatives). */
    private static Unit eitherUnit(MatchResult m) {
        return Relatives.unit(Text.has(m, "u") ? Text.group(m, "u") : Text.group(m, "u2"));
    }

    /** +1 for "suivant"/"d'après", -1 for "précédent"/"d'avant", from group {@code dir}. */
    private static int sign(MatchResult m) {
        String k = Text.key(Text.group(m, "dir"));
        return k.startsWith("suiv") || k.endsWith("apres") ? 1 : -1;
    }

    /** An ordinal; "dernier" is the last period of the year ({@code last}). */
    private static int ordinal(MatchResult m, int last) {
        String o = Text.key(Text.group(m, "o"));
        return o.equals("dernier") ? last : NumberWords.ordinal(o);
    }

    /** "dernier"/"passé" -1, "prochain" +1, "cette"/"en cours" 0, from group {@code w}. */
    private static int direction(MatchResult m) {
        String w = Text.group(m, "w");
        if (w == null) return 0;
        String k = Text.key(w);
        if (k.startsWith("dern") || k.startsWith("pass")) return -1;
        return k.startsWith("proch") ? 1 : 0;
    }

    private static int weekdayDirection(MatchResult m, Tense tense) {
        if (Text.has(m, "w")) return direction(m);
        if (Text.has(m, "c")) return 2;
        return tense == Tense.FUTURE ? 3 : 0;
    }

    private static Integer negated(MatchResult m) {
        Integer n = Relatives.count(m);
        return n == null ? null : -n;
    }

    private static int dayOffset(String w) {
        return switch (Text.key(w)) {
            case "hier" -> -1;
            case "demain" -> 1;
            case "avant-hier" -> -2;
            case "apres-demain" -> 2;
            default -> 0;
        };
    }

    private static int eveOffset(String w) {
        String k = Text.key(w);
        if (k.endsWith("avant-veille")) return -2;
        if (k.endsWith("veille")) return -1;
        return k.endsWith("surlendemain") ? 2 : 1;
    }
}
