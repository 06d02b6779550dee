package org.chronograph.cli;

/**
 * Makes text from inputs (file names, names, messages that quote them) safe to print as one line on a terminal:
 * control characters (line breaks included), bidirectional overrides and other invisible format characters
 * are shown as {@code \\uXXXX} escapes, so a hostile name can neither break a one-line error nor disguise it.
 */
public final class SafeText {
    private SafeText() {
    }

    /** {@code text} with every control and format character escaped; {@code null} stays {@code null}. */
    public static String escape(String text) {
        if (text == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
