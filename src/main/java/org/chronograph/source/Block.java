package org.chronograph.source;

import java.util.List;

/**
 * One reduced block of an article (heading, paragraph, list item, table row or footnote) before assembly.
 *
 * @param kind      what the block was in the markup
 * @param level     heading level 1..6, 0 for other kinds
 * @param text      the clean text with its offsets
 * @param urls      link targets and bare URLs found in the block, in order
 * @param linkChars how many non-space characters of {@code text} came from link texts
 */
record Block(Kind kind, int level, MappedText text, List<String> urls, int linkChars) {

    /** What a block was in the markup. */
    enum Kind { HEADING, PARAGRAPH, ITEM, ROW, NOTE }

    Block {
        urls = List.copyOf(urls);
    }

    /** Whether the block is mostly links or URLs: a reference entry rather than prose. */
    boolean isLinkLike() {
        if (urls.isEmpty()) {
            return false;
        }
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                visible++;
            }
        }
        return visible == 0 || linkChars * 10 >= visible * 6;
    }

    /** The block as one reference entry: its text followed by its URLs in angle brackets. */
    String asReference() {
        StringBuilder entry = new StringBuilder(text.toString().strip());
        for (String url : urls) {
            if (!entry.isEmpty()) {
                entry.append(' ');
            }
            entry.append('<').append(url).append('>');
        }
        return entry.toString();
    }
}
