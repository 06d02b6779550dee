package org.chronograph.extract.time;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Small helpers for reading regex matches: null-safe named groups and accent-free lookup keys. */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOISE = Pattern.compile("[.\\s]+");

    private Text() {
    }

    /** The text of a named group, or null when the pattern has no such group or it did not take part. */
    static String group(MatchResult m, String name) {
        Integer i = m.namedGroups().get(name);
        return i == null ? null : m.group(i);
    }

    /** Start offset of a named group, or -1. */
    static int start(MatchResult m, String name) {
        Integer i = m.namedGroups().get(name);
        return i == null ? -1 : m.start(i);
    }

    /** End offset of a named group, or -1. */
    static int end(MatchResult m, String name) {
        Integer i = m.namedGroups().get(name);
        return i == null ? -1 : m.end(i);
    }

    /** Whether a named group took part in the match. */
    static boolean has(MatchResult m, String name) {
        return group(m, name) != null;
    }

    /** A lookup key: lower case, no accents, no dots, single spaces, straight apostrophes. */
    static String key(String s) {
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOISE.matcher(plain.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
    }
}
