package org.chronograph.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown block as parsed, before inline reduction: its kind and the ranges of the original holding its
 * lines (or its cells, for table rows). Lines are joined by a space mapped to the line break.
 */
final class RawBlock {
    Block.Kind kind;
    int level;
    final List<int[]> segments;
    boolean lastLineStandalone;

    RawBlock(Block.Kind kind, int level, List<int[]> segments) {
        this.kind = kind;
        this.level = level;
        this.segments = segments;
    }

    /** Reduces the inline markup of the block's lines (or cells, joined by {@code " ; "}). */
    Block reduce(String source) {
        if (kind == Block.Kind.ROW) {
            return reduceRow(source);
        }
        MappedText raw = new MappedText(segments.get(0)[0]);
        for (int[] seg : segments) {
            if (!raw.isBlank()) {
                int gap = raw.lastEnd();
                raw.appendRaw(' ', gap, Math.min(gap + 1, seg[0]));
            }
            for (int k = seg[0]; k < seg[1]; k++) {
                raw.appendRaw(source.charAt(k), k, k + 1);
            }
        }
        return InlineMarkdown.reduce(raw, kind, level);
    }

    private Block reduceRow(String source) {
        MappedText row = new MappedText(segments.isEmpty() ? 0 : segments.get(0)[0]);
        List<String> urls = new ArrayList<>();
        int linkChars = 0;
        for (int[] seg : segments) {
            Block cell = InlineMarkdown.reduce(MappedText.identity(source, seg[0], seg[1]), kind, 0);
            if (cell.text().isBlank()) {
                continue;
            }
            if (!row.isBlank()) {
                row.appendSynthetic(" ; ");
            }
            row.appendAll(cell.text());
            urls.addAll(cell.urls());
            linkChars += cell.linkChars();
        }
        return new Block(kind, 0, row, urls, linkChars);
    }
}
