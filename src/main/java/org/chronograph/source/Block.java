package org.chronograph.source;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article's clean text as the page's structure made it: what it was in the markup and where
 * it lies in {@link Body#text()}. Blocks come in reading order and do not overlap; between two blocks the clean
 * text has a blank line. Inside a block a single line break ends a unit that is not part of the sentence
 * around it: a list item's lead-in standing on its own line, a table cell.
 *
 * @param kind    what the block was
 * @param range   where it lies in the clean text
 * @param level   heading level 1..6; 0 for other kinds
 * @param depth   list nesting for {@link Kind#ITEM} (1 for a top-level item), 0 for other kinds
 * @param leadIn  for a list item, the name or label that opens it ("<b>Jane Doe</b> — former head of research":
 *                {@code Jane Doe}; "Jane Doe: ..."), or the lead-in of the item it is nested in; else {@code null}
 * @param cells   for a table row, its non-empty cells in column order; else empty
 * @param header  for a table row, its table's header cells by column (empty strings for blank ones); else empty
 * @param caption for a table row, its table's caption (HTML {@code <caption>}, or the line ending with a
 *                colon that introduces a Markdown table); may be {@code null}
 */
public record Block(Kind kind, TextRange range, int level, int depth, TextRange leadIn,
                    List<Cell> cells, List<String> header, String caption) implements java.io.Serializable {

    /** What a block was in the markup. */
    public enum Kind {
        /** A heading ({@code #}, {@code <h2>}): context for what follows, not a sentence. */
        HEADING,
        PARAGRAPH,
        /** A list item, or a paragraph inside one. */
        ITEM,
        /** A paragraph of a block quote. */
        QUOTE,
        /** A table body row, its cells one per line. */
        ROW,
        /** A table's header row: column names, not a sentence. */
        HEADER_ROW
    }

    /**
     * One non-empty table cell.
     *
     * @param column its column, from 0
     * @param range  where it lies in the clean text
     */
    public record Cell(int column, TextRange range) implements java.io.Serializable {
    }

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(range, "range");
        cells = List.copyOf(cells);
        header = List.copyOf(header);
    }

    /** The header cell over {@code cell}'s column, or {@code null} when the table has none there. */
    public String headerOf(Cell cell) {
        if (cell.column() >= header.size()) {
            return null;
        }
        String name = header.get(cell.column());
        return name.isBlank() ? null : name;
    }

    /** Headings and header rows: they name what follows and state nothing themselves. */
    public boolean isHeading() {
        return kind == Kind.HEADING || kind == Kind.HEADER_ROW;
    }

    /** The cell holding clean-text offset {@code offset}, or {@code null}. */
    public Cell cellAt(int offset) {
        for (Cell cell : cells) {
            if (cell.range().contains(offset)) {
                return cell;
            }
        }
        return null;
    }
}
