package org.chronograph.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable entity keys: the same real-world name gives the same key in every article and language. */
public final class EntityKeys {
    // compiled once: keys are made for every name candidate of every sentence
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");

    private EntityKeys() {
    }

    /**
     * Lower-cased, accent-free, punctuation-free form of a name, words joined by {@code -}:
     * "Léonie Févre" gives {@code leonie-fevre}, "GPT-3.5" gives {@code gpt-3-5}.
     *
     * @throws IllegalArgumentException when the name has no letter or digit
     */
    public static String of(String name) {
        String key = ascii(name) ? asciiKey(name) : unicodeKey(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a name needs a letter or digit: '" + name + "'");
        }
        return key;
    }

    /** The key by its definition: decomposed, marks dropped, lower-cased, runs of anything but letters and digits made one dash. */
    static String unicodeKey(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return EDGES.matcher(SEPARATORS.matcher(folded).replaceAll("-")).replaceAll("");
    }

    /** The same for a name in ASCII (most names), in one pass: nothing to decompose, letters are A-Z and a-z. */
    private static String asciiKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean lower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean upper = c >= 'A' && c <= 'Z';
            if (!lower && !upper) {
                gap = true;
                continue;
            }
            if (gap && !key.isEmpty()) key.append('-');
            gap = false;
            key.append(upper ? (char) (c + ('a' - 'A')) : c);
        }
        return key.toString();
    }

    private static boolean ascii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
