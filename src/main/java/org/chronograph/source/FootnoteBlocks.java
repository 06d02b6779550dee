package org.chronograph.source;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Footnote definitions ({@code [^label]: text}, continued by lines indented four spaces) as a commonmark block,
 * so that their text goes to the references and not into the article. Written after commonmark-java's own
 * footnotes extension (not published for 0.32.0), without its references: the reader drops {@code [^label]}
 * markers from the text itself.
 */
final class FootnoteBlocks {
    private FootnoteBlocks() {
    }

    /** A footnote definition; its children are the paragraphs of its text. */
    static final class Definition extends CustomBlock {
    }

    /** Starts a definition at {@code [^label]:} on a line indented less than four spaces. */
    static final class Factory implements BlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int index = state.getNextNonSpaceIndex();
            if (index + 2 >= line.length() || line.charAt(index) != '[' || line.charAt(index + 1) != '^') {
                return BlockStart.none();
            }
            for (int k = index + 2; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c == ']') {
                    if (k == index + 2 || k + 1 >= line.length() || line.charAt(k + 1) != ':') {
                        return BlockStart.none();
                    }
                    int after = k + 2;
                    while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
                        after++;
                    }
                    return BlockStart.of(new Parser()).atIndex(after);
                }
                if (c == ' ' || c == '\t' || c == '[') {
                    return BlockStart.none();
                }
            }
            return BlockStart.none();
        }
    }

    private static final class Parser extends AbstractBlockParser {
        private final Definition block = new Definition();

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block child) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() >= 4) {
                return BlockContinue.atColumn(4);
            }
            if (state.isBlank()) {
                return BlockContinue.atIndex(state.getIndex());
            }
            // a line not indented may still continue the definition's paragraph lazily, like a block quote
            return BlockContinue.none();
        }
    }
}
