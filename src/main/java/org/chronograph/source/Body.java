package org.chronograph.source;

import java.util.Arrays;
import java.util.List;

/**
 * An article body reduced to clean text: markup removed, one block (heading, paragraph, list item,
 * table row) per line, blocks separated by a blank line, no line breaks inside a block.
 * Each character of {@link #text()} maps back to a character offset in the original content.
 */
public final class Body implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final int[] originalOffsets;
    private final List<String> references;

    /**
     * @param text            the clean text
     * @param originalOffsets for each char of {@code text}, its offset in the original; length {@code text.length() + 1}
     *                        (the last entry maps the end position)
     * @param references      entries of the trailing reference list, kept apart from the body
     */
    public Body(String text, int[] originalOffsets, List<String> references) {
        if (originalOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + originalOffsets.length
                    + " entries for " + text.length() + " characters");
        }
        this.text = text;
        this.originalOffsets = originalOffsets.clone();
        this.references = List.copyOf(references);
    }

    /** A body whose text is the original itself (identity map). */
    public static Body plain(String text) {
        int[] map = new int[text.length() + 1];
        Arrays.setAll(map, i -> i);
        return new Body(text, map, List.of());
    }

    public String text() {
        return text;
    }

    public List<String> references() {
        return references;
    }

    /** Offset in the original content of the clean-text position {@code offset} (0..length). */
    public int toOriginal(int offset) {
        return originalOffsets[Math.max(0, Math.min(offset, text.length()))];
    }
}
