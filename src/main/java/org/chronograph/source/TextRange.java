package org.chronograph.source;

/**
 * A range of an article's clean text ({@link Body#text()}): {@code [begin, end)}.
 *
 * @param begin offset of the first character
 * @param end   offset just past the last character
 */
public record TextRange(int begin, int end) implements java.io.Serializable {
    public TextRange {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad range [" + begin + ", " + end + ")");
        }
    }

    /** Whether clean-text offset {@code offset} lies inside the range. */
    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    /** The text of the range in {@code text}. */
    public String of(String text) {
        return text.substring(begin, end);
    }
}
