package org.chronograph.source;

/** Character classes shared by the readers, and the cleaning applied to metadata strings. */
final class TextChars {
    private TextChars() {
    }

    /** Whitespace of any kind, including non-breaking and other Unicode space separators. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B
                || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Characters dropped from body text: control characters, byte-order marks and soft hyphens. */
    static boolean isDroppedControl(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\uFEFF' || c == '\u00AD';
    }

    /** Bidirectional overrides and isolates, which can disguise metadata when displayed. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }

    /** Invisible format characters except the joiners that some scripts need (ZWNJ, ZWJ). */
    static boolean isHiddenFormat(char c) {
        return isBidiControl(c) || (Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D');
    }

    /**
     * Cleans a metadata value (title, URL, id): strips control and bidi characters, collapses whitespace, trims.
     *
     * @return the cleaned value, or {@code null} when {@code value} is null or blank
     */
    static String cleanMetadata(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else if (!isDroppedControl(c) && !isHiddenFormat(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.isEmpty() ? null : out.toString();
    }
}
