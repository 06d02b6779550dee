package org.chronograph.source;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Joins a reader's pieces into a {@link Body}: one blank line between blocks, each piece's structure as a {@link Block}. */
final class BodyAssembler {
    private BodyAssembler() {
    }

    /** The body of {@code pieces} (already without references); an empty body maps to {@code origin}. */
    static Body assemble(List<Piece> pieces, int origin, List<String> references) {
        MappedText all = new MappedText(origin);
        Map<Piece, Integer> begins = new IdentityHashMap<>();
        List<Piece> placed = new ArrayList<>();
        for (Piece piece : pieces) {
            piece.text.stripTrailingLineBreak();
            if (piece.text.isBlank()) {
                continue;
            }
            if (!all.isBlank()) {
                all.appendSynthetic("\n\n");
            }
            begins.put(piece, all.length());
            placed.add(piece);
            all.appendMapped(piece.text);
        }
        List<Block> blocks = new ArrayList<>();
        for (Piece piece : placed) {
            int begin = begins.get(piece);
            blocks.add(new Block(piece.kind, new TextRange(begin, begin + piece.text.length()), piece.level, piece.depth,
                    leadIn(piece, begins), cells(piece, begin), piece.header, piece.caption));
        }
        return new Body(all.toString(), all.offsetMap(), references, blocks, all.markupSpans());
    }

    private static TextRange leadIn(Piece piece, Map<Piece, Integer> begins) {
        Piece owner = piece.leadInOf;
        if (owner == null || owner.leadInEnd <= 0 || !begins.containsKey(owner)) {
            return null;
        }
        int begin = begins.get(owner);
        return new TextRange(begin, begin + Math.min(owner.leadInEnd, owner.text.length()));
    }

    private static List<Block.Cell> cells(Piece piece, int begin) {
        List<Block.Cell> cells = new ArrayList<>();
        for (int[] cell : piece.cells) {
            int end = Math.min(cell[2], piece.text.length());
            if (end > cell[1]) {
                cells.add(new Block.Cell(cell[0], new TextRange(begin + cell[1], begin + end)));
            }
        }
        return cells;
    }
}
