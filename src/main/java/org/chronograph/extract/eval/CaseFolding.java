package org.chronograph.extract.eval;

/**
 * Python's {@code str.casefold()} (Unicode full case folding) for characters that NFKD leaves alone: the JDK's
 * lower-case mapping, except where folding differs from it (ß and ẞ fold to "ss", final sigma to sigma, the
 * Cyrillic variant letters of U+1C80-1C88, and Cherokee, which folds to its upper case).
 */
final class CaseFolding {
    private static final int[] CYRILLIC_VARIANTS = {0x432, 0x434, 0x43E, 0x441, 0x442, 0x442, 0x44A, 0x463, 0xA64B};

    private CaseFolding() {
    }

    /** Appends the folding of one code point. */
    static void fold(int cp, StringBuilder out) {
        if (cp == 0xDF || cp == 0x1E9E) {
            out.append("ss");
        } else if (cp == 0x3C2) {
            out.append('\u03C3');
        } else if (cp >= 0x1C80 && cp <= 0x1C88) {
            out.appendCodePoint(CYRILLIC_VARIANTS[cp - 0x1C80]);
        } else if (cp >= 0x13A0 && cp <= 0x13F5) {
            out.appendCodePoint(cp);
        } else if (cp >= 0x13F8 && cp <= 0x13FD) {
            out.appendCodePoint(cp - 8);
        } else if (cp >= 0xAB70 && cp <= 0xABBF) {
            out.appendCodePoint(cp - 0xAB70 + 0x13A0);
        } else {
            out.appendCodePoint(Character.toLowerCase(cp));
        }
    }
}
