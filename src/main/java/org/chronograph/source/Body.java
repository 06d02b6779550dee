package org.chronograph.source;

import java.util.Arrays;
import java.util.List;

/**
 * An article body reduced to clean text: markup removed, blocks (heading, paragraph, list item, table row)
 * separated by a blank line, no blank line or stray space inside a block. A single line break inside a block
 * ends a unit that is no part of the sentence around it (a list item's lead-in on its own line, a table cell).
 * Each character of {@link #text()} maps back to a character offset in the original content, a span of it to the
 * span of the original it was read from ({@link #toOriginal(int, int)}: whole markup constructs, never a cut
 * one), and {@link #blocks()} says what each block was.
 */
public final class Body implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final int[] originalOffsets;
    private final List<String> references;
    private final List<Block> blocks;
    private final MarkupSpans markup;

    /**
     * A span of the original content, {@code [start, end)}.
     *
     * @param start offset of its first character
     * @param end   offset just past its last character
     */
    public record Original(int start, int end) implements java.io.Serializable {
        /** The span's text in {@code original}. */
        public String of(String original) {
            return original.substring(start, end);
        }
    }

    /**
     * @param text            the clean text
     * @param originalOffsets for each char of {@code text}, its offset in the original; length {@code text.length() + 1}
     *                        (the last entry maps the end position)
     * @param references      entries of the trailing reference list, kept apart from the body
     * @param blocks          the blocks of {@code text}, in order
     */
    public Body(String text, int[] originalOffsets, List<String> references, List<Block> blocks) {
        this(text, originalOffsets, references, blocks, MarkupSpans.NONE);
    }

    /** As above, with the markup constructs of the original that a span must take whole or not at all. */
    Body(String text, int[] originalOffsets, List<String> references, List<Block> blocks, MarkupSpans markup) {
        if (originalOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map has " + originalOffsets.length
                    + " entries for " + text.length() + " characters");
        }
        this.text = text;
        this.originalOffsets = originalOffsets.clone();
        this.references = List.copyOf(references);
        this.blocks = List.copyOf(blocks);
        this.markup = markup;
    }

    /**
     * A body whose text is the original itself (identity map), each run of text between blank lines a paragraph.
     */
    public static Body plain(String text) {
        int[] map = new int[text.length() + 1];
        Arrays.setAll(map, i -> i);
        List<Block> blocks = new java.util.ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int blank = text.indexOf("\n\n", start);
            int end = blank < 0 ? text.length() : blank;
            if (!text.substring(start, end).isBlank()) {
                blocks.add(new Block(Block.Kind.PARAGRAPH, new TextRange(start, end), 0, 0, null, List.of(), List.of(), null));
            }
            if (blank < 0) {
                break;
            }
            start = blank + 2;
        }
        return new Body(text, map, List.of(), blocks);
    }

    public String text() {
        return text;
    }

    public List<String> references() {
        return references;
    }

    /** The blocks of the clean text, in reading order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The block holding clean-text offset {@code offset}, or {@code null} (between blocks, or past the end). */
    public Block blockAt(int offset) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            TextRange range = blocks.get(mid).range();
            if (offset < range.begin()) {
                high = mid - 1;
            } else if (offset >= range.end()) {
                low = mid + 1;
            } else {
                return blocks.get(mid);
            }
        }
        return null;
    }

    /** Offset in the original content of the clean-text position {@code offset} (0..length). */
    public int toOriginal(int offset) {
        return originalOffsets[Math.max(0, Math.min(offset, text.length()))];
    }

    /**
     * The span of the original that the clean text {@code [begin, end)} was read from: from where its first
     * character came to where its last one came, widened to take in whole any markup construct it would cut (the
     * opening {@code **} of a bold run the span starts in and leaves, a link's {@code ](url)} when it ends in the
     * link's text, a table row's pipes or {@code <td>} tags when it holds more than one cell). Read by the parser
     * that read the file, the span gives back the clean text; where it holds no markup it is that text.
     */
    public Original toOriginal(int begin, int end) {
        int[] span = markup.widen(toOriginal(begin), toOriginal(Math.max(begin, end)));
        return new Original(span[0], span[1]);
    }
}
