package org.chronograph.source;

import java.util.Locale;
import java.util.Map;

/** Parses HTML tag attributes ({@code name="value"}, {@code name='value'}, {@code name=value}, {@code name}). */
final class HtmlAttributes {
    private HtmlAttributes() {
    }

    /**
     * Parses the attributes of a tag from {@code from} up to its closing {@code >}, decoding entities in values.
     *
     * @return the index after the {@code >}, or the source length when the tag is never closed
     */
    static int parse(String source, int from, Map<String, String> into) {
        int i = from;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (TextChars.isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && !TextChars.isSpace(source.charAt(i)) && "=>/".indexOf(source.charAt(i)) < 0) {
                i++;
            }
            String name = source.substring(nameStart, i).toLowerCase(Locale.ROOT);
            while (i < n && TextChars.isSpace(source.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && source.charAt(i) == '=') {
                i++;
                while (i < n && TextChars.isSpace(source.charAt(i))) {
                    i++;
                }
                if (i < n && (source.charAt(i) == '"' || source.charAt(i) == '\'')) {
                    char quote = source.charAt(i);
                    int close = source.indexOf(quote, i + 1);
                    int valueEnd = close < 0 ? n : close;
                    value = source.substring(i + 1, valueEnd);
                    i = close < 0 ? n : close + 1;
                } else {
                    int valueStart = i;
                    while (i < n && !TextChars.isSpace(source.charAt(i)) && source.charAt(i) != '>') {
                        i++;
                    }
                    value = source.substring(valueStart, i);
                }
            }
            if (!name.isEmpty()) {
                into.putIfAbsent(name, decode(value));
            }
        }
        return n;
    }

    /** Decodes the character references in {@code s}. */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            HtmlEntities.Decoded d = s.charAt(i) == '&' ? HtmlEntities.decode(s, i, s.length()) : null;
            if (d != null) {
                out.append(d.value());
                i += d.length() - 1;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
