package org.chronograph.extract.time;

/** Regex building blocks shared by the rule sets. */
final class Fragments {
    /**
     * Not glued to a preceding word, number, currency sign or version separator ("$2023", "v2023", "1.2023",
     * "2019-2021"); a hyphen after a letter is allowed ("mid-2025", "mi-2025").
     */
    static final String NUMBER_START = "(?<![\\p{L}\\p{N}$€£¥.,/#:+_–])(?<![\\p{N}]-)";
    /** Like {@link #NUMBER_START} but allowing a preceding dash or slash, for the second half of a range ("3-5"). */
    static final String RANGE_END_START = "(?<![\\p{L}\\p{N}$€£¥.,#:+_])";
    /**
     * Not glued to a following letter, digit, percent, currency or decimal ("2023-bit", "2023%", "2023.5"); a hyphen
     * before a modifier word is allowed ("fin 2024-début 2025").
     */
    static final String NUMBER_END = "(?![\\p{L}\\p{N}%€$_]|[.,]\\d|[-–/]\\d"
            + "|-(?!(?:début|fin|mi|early|mid|late|end)(?![\\p{L}]))\\p{L}|\\s*[%€$])";
    /** A word boundary that also works after accented letters. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    /** Either apostrophe. */
    static final String APOS = "['’]";
    /** A day of the month, 1-31, optionally zero-padded. */
    static final String DAY_NUMBER = "(?:3[01]|[12]\\d|0?[1-9])";

    private Fragments() {
    }

    /** A year 1900-2099 in a named group. */
    static String year(String group) {
        return "(?<" + group + ">(?:19|20)\\d{2})";
    }

    /** A standalone year: 1900-2099, not part of a bigger number or token, not a count ("2048 tokens"). */
    static String standaloneYear(String group) {
        return NUMBER_START + year(group) + NUMBER_END + CountNouns.NOT_FOLLOWED_BY_COUNT_NOUN;
    }

    /** A year ending a longer expression ("May 2025"): only needs not to run into more digits or letters. */
    static String trailingYear(String group) {
        return year(group) + "(?![\\p{L}\\p{N}%]|[.,]\\d)";
    }

    /** A day of the month in a named group, with an optional English ordinal suffix outside the group. */
    static String dayEn(String group) {
        return dayEn(group, NUMBER_START);
    }

    /** {@link #dayEn(String)} with another guard before the number. */
    static String dayEn(String group, String guard) {
        return guard + "(?<" + group + ">" + DAY_NUMBER + ")(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";
    }

    /** A French day of the month: "10", "1er", "premier". */
    static String dayFr(String group) {
        return dayFr(group, NUMBER_START);
    }

    /** {@link #dayFr(String)} with another guard before the number. */
    static String dayFr(String group, String guard) {
        return guard + "(?<" + group + ">" + DAY_NUMBER + "|premier)(?:er)?(?![\\p{L}\\p{N}])";
    }
}
