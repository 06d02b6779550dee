package org.chronograph.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Writes the inline nodes commonmark parsed into a piece's clean text: text and code keep their characters,
 * each mapped back to the original through its source span; emphasis, strikethrough and link markup go, link
 * texts stay (their targets are noted for the reference list); images, bare URLs, citation markers
 * ({@code [1]}, {@code [2, 3]}), footnote markers ({@code [^note]}) and raw HTML tags go, script and style
 * contents with them. One instance per document; not thread-safe.
 */
final class MarkdownInlines {
    /** Markers removed from text: footnote references, numeric citations, stray bold and strikethrough runs. */
    private static final Pattern MARKER = Pattern.compile(
            "\\[\\^[^\\]\\s]{1,40}\\]|\\[\\d{1,3}(?:[ ,\\-\u2013]{1,3}\\d{1,3}){0,8}\\]|\\*{2,}|~~+");
    private static final Pattern CITATION = Pattern.compile("\\d{1,3}(?:[ ,\\-\u2013]{1,3}\\d{1,3}){0,8}");
    private static final Pattern TAG = Pattern.compile("^<(/?)([A-Za-z][A-Za-z0-9-]*)");
    private static final Set<String> VOID = Set.of("br", "img", "hr", "wbr", "input", "meta", "link", "area", "source", "col");
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template");
    private static final Set<String> BREAKING = Set.of("br", "p", "div", "li", "td", "th", "tr", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "ul", "ol", "table");

    private final String source;
    private final int base;
    private Piece piece;
    private int linkDepth;
    private boolean afterRemoval;
    private boolean dropCloseParen;
    private String hiddenUntil;
    /** Inline HTML start tags not closed yet in this block: name, start and end of the tag. */
    private final java.util.ArrayDeque<OpenTag> openTags = new java.util.ArrayDeque<>();

    private record OpenTag(String name, int start, int end) {
    }

    /** @param base offset in {@code source} of the text commonmark parsed (spans count from there) */
    MarkdownInlines(String source, int base) {
        this.source = source;
        this.base = base;
    }

    /** Writes {@code node} (and its children) into {@code target}. */
    void write(Node node, Piece target) {
        this.piece = target;
        node(node);
    }

    /** Forgets what the previous block left open (an unclosed script tag, a pending removal). */
    void reset() {
        openTags.clear();
        hiddenUntil = null;
        afterRemoval = false;
        dropCloseParen = false;
        linkDepth = 0;
    }

    private void node(Node node) {
        if (node instanceof HtmlInline html) {
            html(html.getLiteral());
            if (!html.getSourceSpans().isEmpty()) {
                pairTags(html.getLiteral(), spanStart(html), spanEnd(html));
            }
            return;
        }
        if (hiddenUntil != null) {
            return;
        }
        switch (node) {
            case Text text -> text(text.getLiteral(), text.getSourceSpans(), false);
            case Code code -> {
                codeMarkup(code);
                text(code.getLiteral(), code.getSourceSpans(), true);
            }
            case Image image -> afterRemoval = true;
            case Link link -> link(link);
            case SoftLineBreak soft -> piece.text.breakWord();
            case HardLineBreak hard -> piece.text.breakWord();
            default -> {
                containerMarkup(node);
                children(node);
            }
        }
    }

    /**
     * Notes a node that wraps its children in markup (emphasis, strong emphasis, strikethrough, a link): from its
     * own first character to its last, its content from its first child's first character to its last child's last.
     */
    private void containerMarkup(Node node) {
        Node first = node.getFirstChild();
        Node last = node.getLastChild();
        if (first == null || node.getSourceSpans().isEmpty() || first.getSourceSpans().isEmpty()
                || last.getSourceSpans().isEmpty()) {
            return;
        }
        piece.text.markup(spanStart(node), spanStart(first), spanEnd(last), spanEnd(node));
    }

    /** Notes a code span: its backticks around its content. */
    private void codeMarkup(Code code) {
        if (code.getSourceSpans().isEmpty()) {
            return;
        }
        int open = spanStart(code);
        int close = spanEnd(code);
        int from = open;
        while (from < close && source.charAt(from) == '`') {
            from++;
        }
        int to = close;
        while (to > from && source.charAt(to - 1) == '`') {
            to--;
        }
        piece.text.markup(open, from, to, close);
    }

    private int spanStart(Node node) {
        return base + node.getSourceSpans().get(0).getInputIndex();
    }

    private int spanEnd(Node node) {
        SourceSpan last = node.getSourceSpans().get(node.getSourceSpans().size() - 1);
        return base + last.getInputIndex() + last.getLength();
    }

    private void children(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    private void text(String literal, List<SourceSpan> spans, boolean code) {
        SourceAligner.Alignment at = SourceAligner.align(literal, source, ranges(spans));
        Matcher marker = MARKER.matcher(literal);
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            if (!code && (c == '[' || c == '*' || c == '~') && marker.region(i, literal.length()).lookingAt()) {
                i = marker.end();
                afterRemoval = true;
                continue;
            }
            if (dropCloseParen && c == ')') {
                dropCloseParen = false;
                afterRemoval = true;
                i++;
                continue;
            }
            emit(c, at.starts()[i], at.ends()[i]);
            i++;
        }
    }

    private void emit(char c, int start, int end) {
        if (!TextChars.isSpace(c)) {
            dropCloseParen = false;
            if (afterRemoval) {
                afterRemoval = false;
                if (".,;:!?)".indexOf(c) >= 0) {
                    piece.text.dropPendingSpace(); // "see (url)." must not become "see ."
                }
            }
        }
        piece.text.appendText(c, start, end);
        if (linkDepth > 0 && !TextChars.isSpace(c)) {
            piece.linkChars++;
        }
    }

    private void link(Link link) {
        String url = link.getDestination() == null ? "" : link.getDestination().strip();
        if (!url.isEmpty()) {
            piece.urls.add(url);
        }
        String label = plainText(link).strip();
        if (label.isEmpty() || CITATION.matcher(label).matches()) {
            afterRemoval = true; // an empty citation link "[](url)", or "[1]" pointing at a reference
            return;
        }
        if (isBareUrl(label, url)) {
            if (piece.text.length() > 0 && piece.text.charAt(piece.text.length() - 1) == '(') {
                piece.text.dropTrailingOpenParen();
                dropCloseParen = true;
            }
            afterRemoval = true;
            return;
        }
        containerMarkup(link);
        linkDepth++;
        children(link);
        linkDepth--;
    }

    /** A URL written out as its own link text: an autolink, {@code <https://...>} or {@code [https://x](https://x)}. */
    private static boolean isBareUrl(String label, String url) {
        String l = label.toLowerCase(Locale.ROOT);
        String u = url.toLowerCase(Locale.ROOT);
        return l.equals(u) || u.endsWith("//" + l) || u.equals("mailto:" + l)
                || (l.startsWith("http://") || l.startsWith("https://") || l.startsWith("www.")) && !l.contains(" ");
    }

    private static String plainText(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                out.append(text.getLiteral());
            } else if (child instanceof Code code) {
                out.append(code.getLiteral());
            } else if (!(child instanceof Image)) {
                out.append(plainText(child));
            }
        }
        return out.toString();
    }

    private void html(String literal) {
        if (literal.startsWith("<!--")) {
            return;
        }
        Matcher tag = TAG.matcher(literal);
        if (!tag.find()) {
            return;
        }
        boolean closing = !tag.group(1).isEmpty();
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        if (hiddenUntil != null) {
            if (closing && name.equals(hiddenUntil)) {
                hiddenUntil = null;
                afterRemoval = true;
            }
            return;
        }
        if (!closing && HIDDEN.contains(name) && !literal.endsWith("/>")) {
            hiddenUntil = name;
        } else if (BREAKING.contains(name)) {
            piece.text.breakWord();
        }
    }

    /** Pairs an inline HTML end tag with its start tag ({@code <b>..</b>}), noting the pair as markup. */
    private void pairTags(String literal, int start, int end) {
        Matcher tag = TAG.matcher(literal);
        if (!tag.find() || literal.endsWith("/>")) {
            return;
        }
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        if (tag.group(1).isEmpty()) {
            if (!VOID.contains(name)) {
                openTags.push(new OpenTag(name, start, end));
            }
            return;
        }
        for (OpenTag candidate : openTags) {
            if (candidate.name().equals(name)) {
                while (openTags.pop() != candidate) {
                    // tags left open inside the closed one end with it
                }
                piece.text.markup(candidate.start(), candidate.end(), start, end);
                return;
            }
        }
    }

    private int[] ranges(List<SourceSpan> spans) {
        if (spans.isEmpty()) {
            return new int[] {piece.text.lastEnd(), piece.text.lastEnd()}; // a node a post-processor made up
        }
        int[] ranges = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            SourceSpan span = spans.get(i);
            ranges[2 * i] = base + span.getInputIndex();
            ranges[2 * i + 1] = base + span.getInputIndex() + span.getLength();
        }
        return ranges;
    }
}
