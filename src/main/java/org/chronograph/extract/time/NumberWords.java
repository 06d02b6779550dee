package org.chronograph.extract.time;

import java.util.HashMap;
import java.util.Map;

/** Small cardinal and ordinal numbers in English and French, as regex alternations and values. */
final class NumberWords {
    /** Marks vague quantities ("a few", "plusieurs"): matched so they claim their span, but never resolved. */
    static final int VAGUE = -1;

    private static final Map<String, Integer> CARDINALS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        String[] en = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"};
        String[] fr = {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"};
        for (int i = 0; i < 12; i++) {
            CARDINALS.put(en[i], i + 1);
            CARDINALS.put(fr[i], i + 1);
        }
        CARDINALS.put("a", 1);
        CARDINALS.put("an", 1);
        CARDINALS.put("une", 1);
        CARDINALS.put("fifteen", 15);
        CARDINALS.put("twenty", 20);
        CARDINALS.put("thirty", 30);
        CARDINALS.put("quinze", 15);
        CARDINALS.put("vingt", 20);
        CARDINALS.put("trente", 30);
        CARDINALS.put("a couple of", 2);
        for (String vague : new String[]{"a few", "few", "several", "some", "many", "quelques", "plusieurs"}) {
            CARDINALS.put(vague, VAGUE);
        }
        String[][] ordinals = {
                {"first", "1st", "premier", "premiere", "1er", "1re", "1ere"},
                {"second", "2nd", "deuxieme", "seconde", "2e", "2eme", "2nde", "2d"},
                {"third", "3rd", "troisieme", "3e", "3eme"},
                {"fourth", "4th", "quatrieme", "4e", "4eme"},
        };
        for (int i = 0; i < ordinals.length; i++) {
            for (String o : ordinals[i]) ORDINALS.put(o, i + 1);
        }
    }

    /** English cardinals one to twelve (and a few round ones), "a"/"an", vague quantities, or 1-3 digits. */
    static final String EN_CARDINAL = "(?:\\d{1,3}|a\\s+couple\\s+of|a\\s+few|few|several|some|many|a|an|one|two"
            + "|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)";
    /** French cardinals un/une to douze (and a few round ones), vague quantities, or 1-3 digits. */
    static final String FR_CARDINAL = "(?:\\d{1,3}|quelques|plusieurs|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf"
            + "|dix|onze|douze|quinze|vingt|trente)";
    /** English ordinals first to fourth, words or digits. */
    static final String EN_ORDINAL = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";
    /** French ordinals premier to quatrième, words or abbreviations (1er, 2e, 3ème...). */
    static final String FR_ORDINAL = "(?:premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me"
            + "|1(?:er|[eè]re|re)|2nde|[234](?:[eè]me|e))";

    private NumberWords() {
    }

    /** Value of a cardinal in words or digits; {@link #VAGUE} for "a few"; null for unknown text. */
    static Integer cardinal(String text) {
        if (text == null) return null;
        String k = Text.key(text);
        if (k.chars().allMatch(Character::isDigit)) return Integer.valueOf(k);
        return CARDINALS.get(k);
    }

    /** Value of an ordinal (1-4), or 0 when unknown. */
    static int ordinal(String text) {
        return text == null ? 0 : ORDINALS.getOrDefault(Text.key(text), 0);
    }
}
