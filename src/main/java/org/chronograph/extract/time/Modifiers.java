package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Words before (or after) a period that set the {@link EventDate} modifier: "early 2023" START, "mi-2025" MID,
 * "d'ici fin 2024" END, "by 2025" BEFORE, "since 2019" AFTER, "vers 2020" APPROX.
 *
 * <p>Each modifier is a named group ({@code pSTART}, ...) so one prefix pattern serves every period pattern; a
 * suffix ("2020 or so", "2020 environ") is a group {@code sAPPROX} inside the rule's own pattern.
 * "By the end of" is END, not BEFORE: the deadline names a part of the period. "Since"/"depuis" are AFTER.
 */
final class Modifiers {
    private static final List<String> MODS = List.of("START", "MID", "END", "BEFORE", "AFTER", "APPROX");
    private static final String A = Fragments.APOS;
    /** Between prefix and period: spaces, a hyphen ("mid-2025"), or nothing after an apostrophe ("d'avril"). */
    private static final String SEPARATOR = "(?:\\s*-\\s*|\\s+|(?<=" + A + "))";

    /** English modifier prefix with its separator; {@link DateFinder} looks for it right before a rule's match. */
    static final String EN_PREFIX = prefix(
            "(?:(?:at|in|by|from)\\s+)?the\\s+(?:very\\s+)?(?:start|beginning|outset|early\\s+part)\\s+of"
                    + "|(?:start|beginning)\\s+of|(?:(?:in|by)\\s+)?early",
            "(?:(?:in|by|around|until)\\s+)?the\\s+middle\\s+of|(?:(?:in|by|around|until)\\s+)?mid|midway\\s+through",
            "(?:(?:at|by|towards?|before|until|till|in|around)\\s+)?the\\s+(?:very\\s+)?"
                    + "(?:end|close|latter\\s+part)\\s+of"
                    + "|(?:(?:by|until|before|at)\\s+)?(?:the\\s+)?end\\s+of|(?:(?:in|by|until)\\s+)?late"
                    + "|(?:(?:by|until|before|at)\\s+)?end(?=\\s*-\\s*\\d)",
            "by|before|until|till|prior\\s+to|no\\s+later\\s+than|ahead\\s+of",
            "after|since|post|starting\\s+(?:in|from)|beginning\\s+in",
            "around|circa|c\\.|ca\\.|about|approximately|roughly|some\\s*time\\s+(?:in|around)");

    /** French modifier prefix with its separator; {@link DateFinder} looks for it right before a rule's match. */
    static final String FR_PREFIX = prefix(
            "(?:(?:au|en|dès|depuis|vers|d" + A + "ici|jusqu" + A + "au)\\s+(?:le\\s+)?)?(?:tout\\s+)?début"
                    + frConnector(),
            "(?:(?:à|a|vers|dès|depuis|jusqu" + A + "à|d" + A + "ici(?:\\s+à)?)\\s+(?:la\\s+)?)?mi"
                    + "|(?:(?:au|vers\\s+le|d" + A + "ici\\s+le|jusqu" + A + "au|en)\\s+)?milieu" + frConnector(),
            "(?:(?:à|a|vers|dès|d" + A + "ici(?:\\s+à)?|avant|jusqu" + A + "à|en)\\s+(?:la\\s+)?)?fin"
                    + frConnector(),
            "d" + A + "ici(?:\\s+à)?|avant|jusqu" + A + "en|jusqu" + A + "à|au\\s+plus\\s+tard\\s+en",
            "après|depuis|dès|(?:à|a)\\s+partir\\s+d(?:e|" + A + ")|à\\s+compter\\s+d(?:e|" + A + ")"
                    + "|au-delà\\s+d(?:e|" + A + ")",
            "vers|(?:aux\\s+)?alentours\\s+d(?:e|" + A + ")|autour\\s+d(?:e|" + A + ")|environ(?:\\s+en)?");

    private Modifiers() {
    }

    /** The modifier named by the prefix or suffix of a match, or null when it has none. */
    static String of(MatchResult m) {
        for (String mod : MODS) {
            if (Text.has(m, "p" + mod) || Text.has(m, "s" + mod)) return mod;
        }
        return null;
    }

    /** The date with the match's modifier, when the match has one. */
    static EventDate apply(MatchResult m, EventDate base) {
        return Periods.withMod(base, of(m));
    }

    private static String frConnector() {
        // "fin de l'été 2025": the article joins the season to its prefix, whose year follows (issue 16, session 27)
        return "(?:\\s+d(?:e\\s+l" + A + "|e|u|" + A + "))?";
    }

    private static String prefix(String start, String mid, String end, String before, String after, String approx) {
        return "(?:" + Fragments.WORD_START + "(?:(?<pSTART>" + start + ")|(?<pMID>" + mid + ")|(?<pEND>" + end
                + ")|(?<pBEFORE>" + before + ")|(?<pAFTER>" + after + ")|(?<pAPPROX>" + approx + "))" + SEPARATOR + ")";
    }
}
