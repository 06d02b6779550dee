package org.chronograph.source;

import java.util.List;

/**
 * How a piece of an original file reads: the clean text the readers make of a fragment of Markdown or HTML, with
 * the same parser and the same cleaning as a whole file gets. A fact's span of the original
 * ({@link Body#toOriginal(int, int)}) reads back as its sentence.
 */
public final class MarkupReading {
    private MarkupReading() {
    }

    /**
     * The clean text of {@code fragment} read as Markdown inline content, as the text of a paragraph, list item
     * or table cell is read: emphasis, links, code spans, character references and escapes resolved, citation
     * markers and bare URLs dropped, white space collapsed. Block markup is not read (a fragment starting with
     * "2019." is no list item); runs of text between blank lines are separated by a blank line.
     */
    public static String markdownInline(String fragment) {
        return BodyAssembler.assemble(MarkdownReader.inline(fragment), 0, List.of()).text();
    }

    /** The clean text of an HTML {@code fragment} as the HTML reader reads it: blocks apart, table cells one per line. */
    public static String html(String fragment) {
        return BodyAssembler.assemble(HtmlReader.fragment(fragment, 0, fragment.length()), 0, List.of()).text();
    }
}
