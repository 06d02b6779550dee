package org.chronograph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java (CommonMark plus GFM tables, strikethrough and autolinks, source spans on)
 * into clean text and blocks. One block per heading, paragraph, list item paragraph and table row; a hard line
 * break, or a line that is all bold or all link, ends a block; fenced code, link definitions and thematic breaks
 * are dropped; raw HTML blocks are read as HTML; footnote definitions and a trailing reference list go to the
 * references. A list item's lead-in (a bold or linked name that opens it, or the few words before a colon) is
 * kept as such, on its own line when it stands on its own line. Indented code is not recognised: in notes an
 * indented paragraph is text.
 */
final class MarkdownReader {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            .enabledBlockTypes(Set.of(org.commonmark.node.Heading.class, HtmlBlock.class, ThematicBreak.class,
                    FencedCodeBlock.class, BlockQuote.class, ListBlock.class))
            .customBlockParserFactory(new FootnoteBlocks.Factory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /** The same inline reading with no block structure: a fragment of a file is read as the text it was in place. */
    private static final Parser INLINE_PARSER = Parser.builder()
            .extensions(List.of(StrikethroughExtension.create(), AutolinkExtension.create()))
            .enabledBlockTypes(Set.of())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final int MAX_CAPTION_CHARS = 200;
    /**
     * commonmark-java 0.32.0 walks a paragraph's whole delimiter stack each time a link closes with no emphasis
     * inside it, so a paragraph with thousands of links and emphasis runs takes quadratic time (one hostile line of
     * 1 MB: minutes). A paragraph longer than this, which no writer produces, is parsed in parts cut at a space.
     */
    private static final int MAX_PARAGRAPH_CHARS = 20_000;
    /** A document longer than this many lines is parsed in parts cut at blank lines (linear memory per part). */
    private static final int MAX_PART_LINES = 2000;

    /**
     * @param body       the clean body
     * @param firstTitle text of the first level-1 heading, a title when metadata gives none; or {@code null}
     */
    record Reading(Body body, String firstTitle) {
    }

    /** Where a block stands: its kind, its list depth, and the lead-in that applies to it. */
    private record Context(Block.Kind kind, int depth, Piece leadIn) {
    }

    private final String source;
    private final List<Piece> pieces = new ArrayList<>();
    private int base;
    private MarkdownInlines inlines;

    private MarkdownReader(String source) {
        this.source = source;
    }

    /** Reads {@code source} from offset {@code from} (after any front matter); offsets refer to {@code source}. */
    static Reading read(String source, int from) {
        MarkdownReader reader = new MarkdownReader(source);
        int start = from;
        for (int end : partEnds(source, from)) {
            reader.base = start;
            reader.inlines = new MarkdownInlines(source, start);
            reader.blocks(PARSER.parse(source.substring(start, end)), new Context(Block.Kind.PARAGRAPH, 0, null));
            start = end;
        }
        String title = null;
        for (Piece piece : reader.pieces) {
            if (piece.kind == Block.Kind.HEADING && piece.level == 1 && !piece.text.isBlank()) {
                title = piece.text.toString();
                break;
            }
        }
        return new Reading(ReferenceSplitter.assemble(reader.pieces, from), title);
    }

    /** Reads {@code fragment} as inline content only: one piece per paragraph (run of lines between blank lines). */
    static List<Piece> inline(String fragment) {
        MarkdownInlines inlines = new MarkdownInlines(fragment, 0);
        List<Piece> pieces = new ArrayList<>();
        for (Node paragraph = INLINE_PARSER.parse(fragment).getFirstChild(); paragraph != null; paragraph = paragraph.getNext()) {
            Piece piece = new Piece(Block.Kind.PARAGRAPH, 0, 0, 0);
            pieces.add(piece);
            inlines.reset();
            for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
                inlines.write(node, piece);
            }
        }
        return pieces;
    }

    /**
     * Where the parts of {@code source[from..]} end: at a blank line after {@link #MAX_PART_LINES} lines, and inside
     * a paragraph of more than {@link #MAX_PARAGRAPH_CHARS} characters at a space or line end. An ordinary document is
     * one part.
     */
    private static List<Integer> partEnds(String source, int from) {
        List<Integer> ends = new ArrayList<>();
        int lines = 0;
        int paragraph = 0;
        boolean blankLine = true;
        for (int k = from; k < source.length(); k++) {
            char c = source.charAt(k);
            paragraph++;
            if (c == '\n') {
                lines++;
                if (blankLine) {
                    paragraph = 0;
                    if (lines >= MAX_PART_LINES) {
                        ends.add(k + 1);
                        lines = 0;
                    }
                }
                blankLine = true;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                blankLine = false;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n';
            if (paragraph > MAX_PARAGRAPH_CHARS && space || paragraph > 2 * MAX_PARAGRAPH_CHARS && !Character.isHighSurrogate(c)) {
                ends.add(k + 1);
                paragraph = 0;
                lines = 0;
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) < source.length()) {
            ends.add(source.length());
        }
        return ends;
    }

    private void blocks(Node parent, Context context) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            block(child, context);
        }
    }

    private void block(Node node, Context context) {
        switch (node) {
            case Heading heading -> {
                Piece piece = open(Block.Kind.HEADING, heading.getLevel(), 0, node);
                writeChildren(heading, piece);
            }
            case Paragraph paragraph -> paragraph(paragraph, context, false);
            case ListBlock list -> {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem listItem) {
                        item(listItem, context);
                    }
                }
            }
            case BlockQuote quote -> blocks(quote, new Context(Block.Kind.QUOTE, context.depth(), context.leadIn()));
            case TableBlock table -> table(table);
            case HtmlBlock html -> pieces.addAll(HtmlReader.fragment(source, start(html), end(html)));
            case FootnoteBlocks.Definition note -> note(note);
            case FencedCodeBlock code -> { }
            case ThematicBreak rule -> { }
            case LinkReferenceDefinition definition -> { }
            default -> blocks(node, context);
        }
    }

    private void item(ListItem item, Context outer) {
        Context context = new Context(Block.Kind.ITEM, outer.depth() + 1, outer.leadIn());
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child == item.getFirstChild() && child instanceof Paragraph paragraph) {
                Piece first = paragraph(paragraph, context, true);
                if (first.leadInEnd > 0) {
                    context = new Context(Block.Kind.ITEM, context.depth(), first);
                }
            } else {
                block(child, context);
            }
        }
    }

    /** Writes a paragraph, split into blocks at hard breaks and around stand-alone lines; returns its first block. */
    private Piece paragraph(Paragraph paragraph, Context context, boolean opensItem) {
        List<List<Node>> lines = new ArrayList<>();
        List<Boolean> hardBreaks = new ArrayList<>();
        List<Node> line = new ArrayList<>();
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lines.add(line);
                hardBreaks.add(node instanceof HardLineBreak);
                line = new ArrayList<>();
            } else {
                line.add(node);
            }
        }
        lines.add(line);
        Piece first = open(context.kind(), 0, context.depth(), paragraph);
        first.leadInOf = context.leadIn();
        Piece piece = first;
        boolean leadInLine = opensItem && lines.size() > 1 && isName(lines.get(0));
        for (int i = 0; i < lines.size(); i++) {
            if (i == 1 && leadInLine) {
                piece.markLeadIn();
                piece.text.appendLineBreak();
            } else if (i > 0 && (hardBreaks.get(i - 1) || standsAlone(lines.get(i - 1)) || standsAlone(lines.get(i)))) {
                piece = continuation(piece);
            } else if (i > 0) {
                piece.text.breakWord();
            }
            List<Node> nodes = lines.get(i);
            for (int k = 0; k < nodes.size(); k++) {
                inlines.write(nodes.get(k), piece);
                if (i == 0 && k == 0 && opensItem && !leadInLine && isName(List.of(nodes.get(0)))) {
                    piece.markLeadIn();
                }
            }
            if (i == 0 && opensItem && piece.leadInEnd < 0) {
                piece.labelLeadIn();
            }
        }
        return first;
    }

    /** A bold or linked name, alone or followed by a colon or dash only. */
    private static boolean isName(List<Node> line) {
        if (line.isEmpty() || !(line.get(0) instanceof StrongEmphasis || line.get(0) instanceof Link)) {
            return false;
        }
        for (int k = 1; k < line.size(); k++) {
            if (!(line.get(k) instanceof Text text) || !text.getLiteral().matches("[\\s:：,—–-]*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line that is a block of its own: all bold (a pseudo-heading), or all link or URL, after an optional
     * citation number (a reference entry).
     */
    private static boolean standsAlone(List<Node> line) {
        if (line.isEmpty()) {
            return false;
        }
        if (isName(line) && line.get(0) instanceof StrongEmphasis) {
            return true;
        }
        int all = 0;
        int linked = 0;
        boolean linkSeen = false;
        for (Node node : line) {
            int length = literalLength(node);
            all += length;
            if (node instanceof Link) {
                linked += length;
                linkSeen = true;
            } else if (!linkSeen && !(node instanceof Text text && text.getLiteral().matches("\\s*(?:\\[\\d{1,3}\\]|\\d{1,3}[.)])?\\s*"))) {
                return false;
            }
        }
        return linkSeen && (all - linked) * 2 < all;
    }

    private static int literalLength(Node node) {
        if (node instanceof Text text) {
            return text.getLiteral().strip().length();
        }
        int length = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            length += literalLength(child);
        }
        return node instanceof Link link && length == 0 ? link.getDestination().length() : length;
    }

    private void table(TableBlock table) {
        String caption = caption();
        List<String> header = List.of();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                Piece piece = open(head ? Block.Kind.HEADER_ROW : Block.Kind.ROW, 0, 0, row);
                piece.header = header;
                piece.caption = caption;
                List<String> names = new ArrayList<>();
                int column = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell)) {
                        continue;
                    }
                    piece.text.appendLineBreak();
                    inlines.reset();
                    cellMarkup(cell, piece);
                    int begin = piece.text.length();
                    writeChildren(cell, piece);
                    int end = piece.text.length();
                    if (end > begin) {
                        piece.cells.add(new int[] {column, begin, end});
                    }
                    names.add(piece.text.subSequence(begin, end).toString());
                    column++;
                }
                if (head) {
                    header = List.copyOf(names);
                }
            }
        }
    }

    /**
     * Notes a table cell as markup: its content with the pipes on either side, so that a span holding more than one
     * cell of a row holds the whole row, pipes included.
     */
    private void cellMarkup(Node cell, Piece piece) {
        if (cell.getSourceSpans().isEmpty()) {
            return;
        }
        int from = start(cell);
        int to = end(cell);
        int open = from > 0 && source.charAt(from - 1) == '|' ? from - 1 : from;
        int close = to < source.length() && source.charAt(to) == '|' ? to + 1 : to;
        while (from < to && TextChars.isSpace(source.charAt(from))) {
            from++;
        }
        while (to > from && TextChars.isSpace(source.charAt(to - 1))) {
            to--;
        }
        piece.text.markup(open, from, to, close);
    }

    /** "Funding by company, as of Q3 2025:": the short line ending with a colon right before a table names it. */
    private String caption() {
        if (pieces.isEmpty()) {
            return null;
        }
        Piece last = pieces.get(pieces.size() - 1);
        String text = last.text.toString().strip();
        if (last.kind != Block.Kind.PARAGRAPH || !text.endsWith(":") || text.length() > MAX_CAPTION_CHARS) {
            return null;
        }
        return text.substring(0, text.length() - 1).strip();
    }

    private void note(FootnoteBlocks.Definition note) {
        Piece piece = Piece.note(start(note));
        pieces.add(piece);
        inlines.reset();
        for (Node child = note.getFirstChild(); child != null; child = child.getNext()) {
            piece.text.breakWord();
            writeChildren(child, piece);
        }
    }

    private void writeChildren(Node node, Piece piece) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            inlines.write(child, piece);
        }
    }

    private Piece open(Block.Kind kind, int level, int depth, Node node) {
        Piece piece = new Piece(kind, level, depth, start(node));
        pieces.add(piece);
        inlines.reset();
        return piece;
    }

    private Piece continuation(Piece piece) {
        Piece next = piece.continuation();
        pieces.add(next);
        return next;
    }

    private int start(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return pieces.isEmpty() ? base : pieces.get(pieces.size() - 1).text.lastEnd();
        }
        return base + spans.get(0).getInputIndex();
    }

    private int end(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return start(node);
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return base + last.getInputIndex() + last.getLength();
    }
}
