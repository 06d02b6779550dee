package org.chronograph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces Markdown to clean text: one block per heading, paragraph, list item or table row, markup removed,
 * hard-wrapped lines joined, code blocks and raw HTML blocks dropped, a trailing reference list set apart.
 * Every character of the result maps back to its offset in the original text.
 */
final class MarkdownReducer {
    private static final Pattern ATX = Pattern.compile("(#{1,6})(?:[ \\t]+|$)");
    private static final Pattern FENCE = Pattern.compile("(`{3,}|~{3,})");
    private static final Pattern LIST_ITEM = Pattern.compile("([-*+\u2022]|\\d{1,9}[.)])(?:[ \\t]+|$)(?:\\[[ xX]\\][ \\t]+)?");
    private static final Pattern THEMATIC = Pattern.compile("(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})");
    private static final Pattern SETEXT = Pattern.compile("(?:=+|-+)[ \\t]*");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");
    private static final Pattern LINK_DEFINITION = Pattern.compile("\\[[^\\]^][^\\]]*\\]:[ \\t]*\\S+.*");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("\\[\\^[^\\]]+\\]:[ \\t]*");
    private static final Pattern HTML_BLOCK = Pattern.compile("<(script|style|noscript|template|pre|!--)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD_LINE = Pattern.compile("(\\*\\*|__)(?![ \\t]).*\\S\\1[ \\t]*:?[ \\t]*");
    private static final Pattern LINK_LINE = Pattern.compile(
            "(?:\\[\\d{1,3}\\][ \\t]*|\\d{1,3}[.)][ \\t]+)?(?:\\[[^\\]]*\\]\\([^)]*\\)|<?https?://\\S+|www\\.\\S+)(.*)",
            Pattern.CASE_INSENSITIVE);

    private final String source;
    private final List<RawBlock> blocks = new ArrayList<>();
    private RawBlock open;
    private boolean tableMode;

    private MarkdownReducer(String source) {
        this.source = source;
    }

    /**
     * The reduced body and the text of the first level-1 heading, a title when metadata gives none.
     *
     * @param body       the clean body
     * @param firstTitle text of the first {@code #} heading, or {@code null}
     */
    record Reduction(Body body, String firstTitle) {
    }

    /** Reduces {@code source[from, end)}; offsets refer to {@code source}. */
    static Reduction reduce(String source, int from) {
        MarkdownReducer reducer = new MarkdownReducer(source);
        reducer.parse(from);
        List<Block> reduced = new ArrayList<>();
        String title = null;
        for (RawBlock raw : reducer.blocks) {
            Block block = raw.reduce(source);
            reduced.add(block);
            if (title == null && block.kind() == Block.Kind.HEADING && block.level() == 1 && !block.text().isBlank()) {
                title = block.text().toString();
            }
        }
        return new Reduction(ReferenceSplitter.assemble(reduced, from), title);
    }

    private void parse(int from) {
        String closer = null;
        String fence = null;
        int pos = from;
        while (pos < source.length()) {
            int end = lineEnd(pos);
            int next = nextLine(end);
            int content = quoteContent(pos, end);
            String rest = source.substring(content, end).strip();
            if (fence != null) {
                if (isClosingFence(rest, fence)) {
                    fence = null;
                }
            } else if (closer != null) {
                if (rest.toLowerCase(Locale.ROOT).contains(closer)) {
                    closer = null;
                }
            } else {
                Matcher fenceStart = FENCE.matcher(rest);
                Matcher html = HTML_BLOCK.matcher(rest);
                if (fenceStart.lookingAt()) {
                    close();
                    fence = fenceStart.group(1);
                } else if (html.lookingAt()) {
                    close();
                    String name = html.group(1).toLowerCase(Locale.ROOT);
                    String wanted = name.equals("!--") ? "-->" : "</" + name;
                    if (!rest.toLowerCase(Locale.ROOT).substring(html.end()).contains(wanted)) {
                        closer = wanted;
                    }
                } else {
                    line(content, end, next);
                }
            }
            pos = next;
        }
        close();
    }

    private static boolean isClosingFence(String line, String fence) {
        return line.startsWith(fence) && line.chars().allMatch(c -> c == fence.charAt(0));
    }

    private void line(int content, int end, int next) {
        int first = skipSpaces(content, end);
        if (first == end) {
            close();
            tableMode = false;
            return;
        }
        String rest = source.substring(first, end);
        Matcher m;
        if ((m = ATX.matcher(rest)).lookingAt()) {
            close();
            int level = m.group(1).length();
            add(new RawBlock(Block.Kind.HEADING, level, List.of(headingContent(first + m.end(), end))));
        } else if (open != null && open.kind == Block.Kind.PARAGRAPH && open.segments.size() == 1
                && SETEXT.matcher(rest).matches()) {
            open.kind = Block.Kind.HEADING;
            open.level = rest.charAt(0) == '=' ? 1 : 2;
            close();
        } else if (THEMATIC.matcher(rest).matches()) {
            close();
        } else if (isTableRow(rest, next)) {
            close();
            if (!TABLE_SEPARATOR.matcher(rest).matches()) {
                add(new RawBlock(Block.Kind.ROW, 0, cells(first, end)));
            }
            tableMode = true;
        } else if (FOOTNOTE_DEFINITION.matcher(rest).lookingAt()) {
            close();
            Matcher f = FOOTNOTE_DEFINITION.matcher(rest);
            f.lookingAt();
            openBlock(Block.Kind.NOTE, first + f.end(), end);
        } else if (LINK_DEFINITION.matcher(rest).matches()) {
            close();
        } else if ((m = LIST_ITEM.matcher(rest)).lookingAt() && !continuesParagraph(m.group(1))) {
            close();
            openBlock(Block.Kind.ITEM, first + m.end(), end);
        } else {
            paragraphLine(first, end);
        }
    }

    /** An ordered marker other than 1 cannot interrupt a paragraph: {@code 2024. It was} continues it. */
    private boolean continuesParagraph(String marker) {
        return open != null && open.kind == Block.Kind.PARAGRAPH && Character.isDigit(marker.charAt(0))
                && !marker.matches("1[.)]");
    }

    private void paragraphLine(int first, int end) {
        boolean standalone = isStandalone(first, end);
        if (open != null && open.kind != Block.Kind.HEADING && open.kind != Block.Kind.ROW
                && !standalone && !open.lastLineStandalone) {
            open.segments.add(trimmedSegment(first, end));
            open.lastLineStandalone = false;
        } else {
            close();
            openBlock(Block.Kind.PARAGRAPH, first, end);
        }
        if (endsWithHardBreak(end)) {
            close();
        }
    }

    private void openBlock(Block.Kind kind, int from, int end) {
        open = new RawBlock(kind, 0, new ArrayList<>());
        open.segments.add(trimmedSegment(from, end));
        open.lastLineStandalone = isStandalone(skipSpaces(from, end), end);
        if (endsWithHardBreak(end)) {
            close();
        }
    }

    private void add(RawBlock block) {
        blocks.add(block);
    }

    private void close() {
        if (open != null) {
            blocks.add(open);
            open = null;
        }
    }

    /** A line that must stand alone: entirely bold (a pseudo-heading) or entirely a link or URL. */
    private boolean isStandalone(int first, int end) {
        String text = source.substring(first, end).strip();
        if (BOLD_LINE.matcher(text).matches()) {
            return true;
        }
        Matcher link = LINK_LINE.matcher(text);
        return link.matches() && link.group(1).length() * 2 < text.length();
    }

    private boolean isTableRow(String rest, int next) {
        if (rest.indexOf('|') < 0) {
            return false;
        }
        if (tableMode || (rest.startsWith("|") && rest.indexOf('|', 1) > 0)) {
            return true;
        }
        int nextEnd = lineEnd(next);
        String separator = source.substring(next, nextEnd).strip();
        return next < source.length() && TABLE_SEPARATOR.matcher(separator).matches()
                && separator.contains("-") && separator.contains("|");
    }

    private List<int[]> cells(int first, int end) {
        List<int[]> cells = new ArrayList<>();
        int cellStart = first;
        boolean code = false;
        for (int k = first; k <= end; k++) {
            char c = k < end ? source.charAt(k) : '|';
            if (c == '\\') {
                k++;
            } else if (c == '`') {
                code = !code;
            } else if (c == '|' && (!code || k == end)) {
                int[] cell = trimmedSegment(cellStart, k);
                if (cell[1] > cell[0]) {
                    cells.add(cell);
                }
                cellStart = k + 1;
            }
        }
        return cells;
    }

    private int[] headingContent(int from, int end) {
        int[] seg = trimmedSegment(from, end);
        int e = seg[1];
        int k = e;
        while (k > seg[0] && source.charAt(k - 1) == '#') {
            k--;
        }
        if (k < e && (k == seg[0] || source.charAt(k - 1) == ' ' || source.charAt(k - 1) == '\t')) {
            e = k;
        }
        return trimmedSegment(seg[0], e);
    }

    private int[] trimmedSegment(int from, int end) {
        int s = skipSpaces(from, end);
        int e = end;
        while (e > s && TextChars.isSpace(source.charAt(e - 1))) {
            e--;
        }
        if (e > s && source.charAt(e - 1) == '\\' && (e - 1 == s || source.charAt(e - 2) != '\\')) {
            e--; // a trailing backslash is a hard line break
        }
        return new int[] {s, e};
    }

    private boolean endsWithHardBreak(int end) {
        return end >= 2 && source.startsWith("  ", end - 2) || end >= 1 && source.charAt(end - 1) == '\\';
    }

    /** Start of a line's content after any block-quote markers. */
    private int quoteContent(int pos, int end) {
        int k = pos;
        while (true) {
            int s = skipSpaces(k, end);
            if (s < end && s - k <= 3 && source.charAt(s) == '>') {
                k = s + 1;
                if (k < end && source.charAt(k) == ' ') {
                    k++;
                }
            } else {
                return k;
            }
        }
    }

    private int skipSpaces(int from, int end) {
        int k = from;
        while (k < end && (source.charAt(k) == ' ' || source.charAt(k) == '\t' || TextChars.isSpace(source.charAt(k)))) {
            k++;
        }
        return k;
    }

    private int lineEnd(int pos) {
        int k = pos;
        while (k < source.length() && source.charAt(k) != '\n' && source.charAt(k) != '\r') {
            k++;
        }
        return k;
    }

    private int nextLine(int end) {
        if (end < source.length() && source.charAt(end) == '\r') {
            end++;
        }
        if (end < source.length() && source.charAt(end) == '\n') {
            end++;
        }
        return end;
    }
}
