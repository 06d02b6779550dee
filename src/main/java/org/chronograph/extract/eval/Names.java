package org.chronograph.extract.eval;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The name normalisation of {@code score.py}'s {@code norm()}: NFKD, combining marks dropped, Unicode case
 * folding, every run of non-word characters to one space, trimmed, and one leading article
 * ({@code the, le, la, les, l}) removed. "L’Oréal" and "l'oreal" both become "oreal".
 */
public final class Names {
    private static final Pattern ARTICLE = Pattern.compile("^(the|le|la|les|l) ");
    /** U+0345 has the highest canonical combining class (240): any other mark with a class sorts before it. */
    private static final String PROBE = "a\u0345";

    private Names() {
    }

    /** The normal form of a name; {@code null} gives the empty string. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(d.length());
        d.codePoints().filter(cp -> !combining(cp)).forEach(cp -> CaseFolding.fold(cp, folded));
        // score.py maps ’ to ' here; both are non-word characters, so the next step treats them alike.
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (word(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return ARTICLE.matcher(out).replaceFirst("");
    }

    /** Python's {@code \w} on text: a letter (L*), a number (N*) or the underscore. */
    static boolean word(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> cp == '_';
        };
    }

    /**
     * Python's {@code unicodedata.combining(c) != 0}: a nonzero canonical combining class. The JDK does not
     * expose the class, but canonical reordering does: a mark with a class below 240 moves in front of U+0345.
     * Exact for characters that NFKD leaves alone, which are the only ones this is asked about.
     */
    static boolean combining(int cp) {
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK ->
                    cp == 0x345 || CombiningCache.has(cp);
            default -> false;
        };
    }

    private static final class CombiningCache {
        private static final BitSet CLASSED = new BitSet();
        private static final BitSet KNOWN = new BitSet();

        static synchronized boolean has(int cp) {
            if (!KNOWN.get(cp)) {
                String s = PROBE + Character.toString(cp);
                String n = Normalizer.normalize(s, Normalizer.Form.NFD);
                CLASSED.set(cp, !n.equals(s) && n.endsWith("\u0345"));
                KNOWN.set(cp);
            }
            return CLASSED.get(cp);
        }
    }
}
