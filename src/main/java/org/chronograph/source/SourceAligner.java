package org.chronograph.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps text as a parser decoded it back onto the original characters it came from. Parsers hand out decoded
 * strings (a Markdown text node's literal without its backslash escapes, an HTML text node with its character
 * references replaced, inline code without its backticks) together with the range of the original they cover;
 * decoding changes lengths, so each decoded character is matched to its source: itself, an escape
 * ({@code \*}), a character reference ({@code &eacute;}, {@code &#8212;}, decoded by jsoup's own table), or a run
 * of whitespace. Markup the parser skipped inside the range (backticks) is stepped over. Linear in the input.
 */
final class SourceAligner {
    private static final Pattern REFERENCE = Pattern.compile(
            "&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)");
    /** How far ahead a decoded character is looked for when the source has markup the parser dropped. */
    private static final int WINDOW = 64;

    /** Where each decoded character came from: {@code [starts[i], ends[i])} in the original. */
    record Alignment(int[] starts, int[] ends) {
    }

    private SourceAligner() {
    }

    /**
     * Aligns {@code decoded} with the original characters in {@code ranges} (pairs of start and end offsets in
     * {@code source}, in order). A character with no source gets an empty range at the current position.
     */
    static Alignment align(String decoded, String source, int... ranges) {
        int[] positions = positions(source, ranges);
        int[] starts = new int[decoded.length()];
        int[] ends = new int[decoded.length()];
        Matcher reference = REFERENCE.matcher(source);
        int tail = ranges.length >= 2 ? Math.min(ranges[ranges.length - 1], source.length()) : 0;
        int j = 0;
        int i = 0;
        while (i < decoded.length()) {
            char c = decoded.charAt(i);
            int here = j < positions.length ? positions[j] : tail;
            char s = j < positions.length ? source.charAt(here) : 0;
            if (j < positions.length && (s == c || TextChars.isSpace(s) && TextChars.isSpace(c))) {
                set(starts, ends, i, here, here + 1);
                i++;
                j++;
                continue;
            }
            if (s == '\\' && j + 1 < positions.length && source.charAt(positions[j + 1]) == c) {
                set(starts, ends, i, here, positions[j + 1] + 1);
                i++;
                j += 2;
                continue;
            }
            if (s == '&' && reference.region(here, source.length()).lookingAt()) {
                String value = org.jsoup.parser.Parser.unescapeEntities(reference.group(), false);
                int length = reference.end() - here;
                if (!value.equals(reference.group()) && !value.isEmpty() && decoded.startsWith(value, i)
                        && j + length <= positions.length && positions[j + length - 1] == reference.end() - 1) {
                    for (int k = 0; k < value.length(); k++) {
                        set(starts, ends, i + k, here, reference.end());
                    }
                    i += value.length();
                    j += length;
                    continue;
                }
            }
            int found = -1;
            for (int k = j + 1; k < positions.length && k <= j + WINDOW; k++) {
                if (source.charAt(positions[k]) == c) {
                    found = k;
                    break;
                }
            }
            if (found >= 0) {
                j = found;
            } else {
                set(starts, ends, i, here, here);
                i++;
            }
        }
        return new Alignment(starts, ends);
    }

    private static void set(int[] starts, int[] ends, int i, int start, int end) {
        starts[i] = start;
        ends[i] = end;
    }

    private static int[] positions(String source, int[] ranges) {
        int total = 0;
        for (int r = 0; r + 1 < ranges.length; r += 2) {
            total += Math.max(0, Math.min(ranges[r + 1], source.length()) - ranges[r]);
        }
        int[] positions = new int[total];
        int n = 0;
        for (int r = 0; r + 1 < ranges.length; r += 2) {
            for (int k = ranges[r]; k < Math.min(ranges[r + 1], source.length()); k++) {
                positions[n++] = k;
            }
        }
        return positions;
    }
}
