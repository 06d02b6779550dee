package org.chronograph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces plain text: paragraphs are separated by blank lines, hard-wrapped lines are joined, bullet lines
 * become their own blocks, lines holding only a URL are kept apart (a trailing run of them becomes the
 * references). The first line is the title when it is short and followed by a blank line.
 */
final class PlainTextReducer {
    private static final Pattern BULLET = Pattern.compile("([-*\u2022\u2013]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern URL_LINE = Pattern.compile("(?:\\[\\d{1,3}\\][ \\t]*)?((?:https?://|www\\.)\\S+)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE_CHARS = 150;
    private static final int MAX_TITLE_WORDS = 20;

    /**
     * The reduced text.
     *
     * @param body  the clean body (the title line stays in it)
     * @param title the first line when it looks like a title, else {@code null}
     */
    record Reduction(Body body, String title) {
    }

    private PlainTextReducer() {
    }

    /** Reduces the whole of {@code text}. */
    static Reduction reduce(String text) {
        List<Piece> pieces = new ArrayList<>();
        Piece current = null;
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                current = close(current);
            } else {
                Matcher url = URL_LINE.matcher(trimmed);
                Matcher bullet = BULLET.matcher(trimmed);
                int start = pos + line.indexOf(trimmed.charAt(0));
                if (url.matches()) {
                    current = close(current);
                    Piece link = new Piece(Block.Kind.PARAGRAPH, 0, 0, start);
                    link.urls.add(url.group(1));
                    pieces.add(link);
                } else {
                    boolean item = bullet.lookingAt();
                    if (item) {
                        current = close(current);
                    }
                    if (current == null) {
                        current = new Piece(item ? Block.Kind.ITEM : Block.Kind.PARAGRAPH, 0, item ? 1 : 0, start);
                        pieces.add(current);
                    }
                    int from = item ? start + bullet.end() : start;
                    current.text.breakWord();
                    for (int k = from; k < end; k++) {
                        current.text.appendText(text.charAt(k), k, k + 1);
                    }
                }
            }
            pos = nextLine(text, end);
        }
        close(current);
        return new Reduction(ReferenceSplitter.assemble(pieces, 0), title(text));
    }

    /** Ends a block: a bullet item's label before a colon is its lead-in. */
    private static Piece close(Piece piece) {
        if (piece != null && piece.kind == Block.Kind.ITEM) {
            piece.labelLeadIn();
        }
        return null;
    }

    /** The first non-blank line, when it is short, does not end like a sentence, and a blank line follows it. */
    private static String title(String text) {
        int pos = 0;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end).strip();
            int next = nextLine(text, end);
            if (!line.isEmpty()) {
                boolean blankAfter = next < text.length() && text.substring(next, lineEnd(text, next)).isBlank();
                return blankAfter && isTitleLike(line) ? line : null;
            }
            pos = next;
        }
        return null;
    }

    private static boolean isTitleLike(String line) {
        if (line == null || line.length() > MAX_TITLE_CHARS || line.split("\\s+").length > MAX_TITLE_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':';
    }

    private static int lineEnd(String text, int pos) {
        int k = pos;
        while (k < text.length() && text.charAt(k) != '\n' && text.charAt(k) != '\r') {
            k++;
        }
        return k;
    }

    private static int nextLine(String text, int end) {
        int k = end;
        if (k < text.length() && text.charAt(k) == '\r') {
            k++;
        }
        if (k < text.length() && text.charAt(k) == '\n') {
            k++;
        }
        return k;
    }
}
