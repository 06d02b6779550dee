package org.chronograph.source;

import java.util.Arrays;

/**
 * Text under construction whose characters each remember the range of original characters they came from.
 * Whitespace appended through {@link #appendText} is collapsed: no leading, trailing or repeated spaces.
 * Synthetic characters (separators the reducer adds) map to the end of the previous real character,
 * so the offset map stays monotonic.
 */
final class MappedText implements CharSequence {
    private final StringBuilder chars = new StringBuilder();
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int lastEnd;
    private boolean pendingSpace;
    private int pendingStart;
    private int pendingEnd;
    /** Markup constructs met while writing this text: quads of original offsets (see {@link MarkupSpans}). */
    private int[] markup = new int[0];
    private int markupLength;

    /** Starts empty; synthetic characters appended before any real one map to {@code origin}. */
    MappedText(int origin) {
        this.lastEnd = origin;
    }

    /** Appends one character without whitespace handling. */
    void appendRaw(char c, int start, int end) {
        flushSpace();
        grow();
        int n = chars.length();
        chars.append(c);
        starts[n] = start;
        ends[n] = end;
        lastEnd = Math.max(lastEnd, end);
    }

    /** Appends one character of running text: whitespace and non-breaking spaces collapse into one space. */
    void appendText(char c, int start, int end) {
        if (TextChars.isSpace(c)) {
            if (chars.length() > 0 && !pendingSpace && !endsWithSpace()) {
                pendingSpace = true;
                pendingStart = start;
                pendingEnd = end;
            }
            return;
        }
        if (TextChars.isDroppedControl(c)) {
            return;
        }
        appendRaw(c, start, end);
    }

    /** Appends a separator the reducer invents, mapped to the end of what precedes it. */
    void appendSynthetic(String s) {
        flushSpace();
        for (int i = 0; i < s.length(); i++) {
            appendRaw(s.charAt(i), lastEnd, lastEnd);
        }
    }

    /** Marks that a word break must separate what comes next from what precedes (collapsed like whitespace). */
    void breakWord() {
        if (chars.length() > 0 && !pendingSpace && !endsWithSpace()) {
            pendingSpace = true;
            pendingStart = lastEnd;
            pendingEnd = lastEnd;
        }
    }

    /** Removes a trailing {@code (} (with the space before it), used when a parenthesis held only a URL. */
    void dropTrailingOpenParen() {
        if (pendingSpace || chars.length() == 0 || chars.charAt(chars.length() - 1) != '(') {
            return;
        }
        chars.setLength(chars.length() - 1);
        int n = chars.length();
        if (n > 0 && chars.charAt(n - 1) == ' ') {
            chars.setLength(n - 1);
            pendingSpace = true;
            pendingStart = starts[n - 1];
            pendingEnd = ends[n - 1];
        }
        lastEnd = chars.length() == 0 ? lastEnd : Math.max(ends[chars.length() - 1], lastEnd);
    }

    /**
     * Ends the current line: what follows starts a new line of the same block (a lead-in on its own line, the next
     * table cell). The line break is synthetic, mapped to the end of what precedes it; never doubled, never first.
     */
    void appendLineBreak() {
        pendingSpace = false;
        if (chars.length() > 0 && chars.charAt(chars.length() - 1) != '\n') {
            appendSynthetic("\n");
        }
    }

    /** Removes a trailing line break, so that a block never ends with one. */
    void stripTrailingLineBreak() {
        pendingSpace = false;
        if (chars.length() > 0 && chars.charAt(chars.length() - 1) == '\n') {
            chars.setLength(chars.length() - 1);
        }
    }

    private boolean endsWithSpace() {
        char last = chars.charAt(chars.length() - 1);
        return last == ' ' || last == '\n';
    }

    /** Drops the pending space so the next character joins directly. */
    void dropPendingSpace() {
        pendingSpace = false;
    }

    boolean isBlank() {
        return chars.length() == 0;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** End of the last real character appended, or the origin. */
    int lastEnd() {
        return lastEnd;
    }

    @Override
    public int length() {
        return chars.length();
    }

    @Override
    public char charAt(int index) {
        return chars.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return chars.subSequence(start, end);
    }

    @Override
    public String toString() {
        return chars.toString();
    }

    /** Appends {@code block} verbatim, keeping each character's mapping and the markup it met. */
    void appendMapped(MappedText block) {
        for (int i = 0; i < block.length(); i++) {
            appendRaw(block.charAt(i), block.start(i), block.end(i));
        }
        for (int i = 0; i + 3 < block.markupLength; i += 4) {
            markup(block.markup[i], block.markup[i + 1], block.markup[i + 2], block.markup[i + 3]);
        }
    }

    /**
     * Notes a markup construct of the original that wraps text: its opening markup starts at {@code open}, its
     * content runs from {@code from} to {@code to}, its closing markup ends at {@code close}.
     */
    void markup(int open, int from, int to, int close) {
        if (markupLength + 4 > markup.length) {
            markup = Arrays.copyOf(markup, Math.max(16, markup.length * 2));
        }
        markup[markupLength++] = open;
        markup[markupLength++] = from;
        markup[markupLength++] = to;
        markup[markupLength++] = close;
    }

    /** The constructs noted, for the body's offsets. */
    MarkupSpans markupSpans() {
        return MarkupSpans.of(markup, markupLength);
    }

    /**
     * One offset per position: where markup was removed between two characters, a position at a word start
     * maps to the start of its character, and a position at a word or sentence end (before a space or after a
     * letter or digit) maps to the end of the previous character, so that a span never takes in the markup around
     * it ("on Monday.[1][2]" ends at the full stop).
     */
    int[] offsetMap() {
        int n = chars.length();
        int[] map = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char before = i > 0 ? chars.charAt(i - 1) : ' ';
            char here = chars.charAt(i);
            boolean wordEnd = i > 0 && (Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(here)
                    || !Character.isWhitespace(before) && Character.isWhitespace(here));
            map[i] = wordEnd ? ends[i - 1] : starts[i];
            // a parser may hand text back out of order (HTML foster parenting): the map stays monotonic
            if (i > 0 && map[i] < map[i - 1]) {
                map[i] = map[i - 1];
            }
        }
        map[n] = Math.max(n == 0 ? lastEnd : ends[n - 1], n == 0 ? 0 : map[n - 1]);
        return map;
    }

    private void flushSpace() {
        if (pendingSpace) {
            pendingSpace = false;
            grow();
            int n = chars.length();
            chars.append(' ');
            starts[n] = pendingStart;
            ends[n] = pendingEnd;
            lastEnd = Math.max(lastEnd, pendingEnd);
        }
    }

    private void grow() {
        if (chars.length() + 1 >= starts.length) {
            int size = starts.length * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }
    }
}
