package org.chronograph.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page with jsoup (positions tracked) into clean text and blocks. The main text is found by the
 * page's structure: the largest {@code <article>}, else {@code <main>} (or {@code role=main}), else the body;
 * navigation, scripts, styles, forms, asides, footers, the site's header, hidden elements and a leading run of
 * link lists (menus) are dropped. Headings, paragraphs, list items (with their depth and lead-in), quotes and
 * table rows (cells one per line, with the table's header cells and caption) become blocks; a trailing reference
 * list is set apart. Text nodes are mapped back through their source ranges, character references included.
 */
final class HtmlReader {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "math", "iframe",
            "object", "embed", "canvas", "select", "button", "input", "textarea", "form", "nav", "aside", "footer", "pre",
            "head", "title", "dialog", "menu");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog");
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption", "center",
            "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "header", "hgroup", "hr", "html", "legend",
            "li", "main", "ol", "p", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> DATE_META = Set.of("date", "article:published_time", "pubdate", "publishdate",
            "dc.date", "dc.date.issued", "dcterms.created", "datepublished", "og:published_time");

    /**
     * What the page holds.
     *
     * @param body  the clean body
     * @param title {@code <title>}, else the first {@code <h1>}; may be {@code null}
     * @param lang  {@code <html lang>} or {@code null}
     * @param date  the publication date meta value, or {@code null}
     * @param url   the canonical link or {@code og:url}, or {@code null}
     */
    record Page(Body body, String title, String lang, String date, String url) {
    }

    private HtmlReader() {
    }

    /** Reads a whole page. */
    static Page read(String source) {
        Document doc = parser().parseInput(source, "");
        Element root = mainContent(doc);
        Walk walk = new Walk(source, 0, root != doc.body());
        NodeTraversor.filter(walk, root);
        walk.close();
        List<Piece> pieces = withoutLeadingMenus(inSourceOrder(walk.pieces));
        String title = text(doc.head().selectFirst("title"));
        if (title == null) {
            title = text(root.selectFirst("h1"));
        }
        return new Page(ReferenceSplitter.assemble(pieces, 0), title, attribute(doc.selectFirst("html"), "lang"),
                meta(doc), url(doc));
    }

    /** Reads raw HTML embedded in Markdown, {@code source[from, to)}, into pieces; offsets refer to {@code source}. */
    static List<Piece> fragment(String source, int from, int to) {
        Document doc = parser().parseInput(source.substring(from, to), "");
        Walk walk = new Walk(source, from, true);
        NodeTraversor.filter(walk, doc.body());
        walk.close();
        return inSourceOrder(walk.pieces);
    }

    /**
     * The pieces in the order of their text in the source: the parser moves some text (a stray text inside a
     * table goes before it), and the body's map must run forwards.
     */
    private static List<Piece> inSourceOrder(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingInt(p -> p.text.isBlank() ? p.text.lastEnd() : p.text.start(0)));
        return sorted;
    }

    private static Parser parser() {
        return Parser.htmlParser().setTrackPosition(true);
    }

    /** The largest article, else main, else the body. */
    private static Element mainContent(Document doc) {
        Element article = doc.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
        if (article != null && !article.text().isBlank()) {
            return article;
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null && !main.text().isBlank() ? main : doc.body();
    }

    /** Link lists before the first real text are the site's menus. */
    private static List<Piece> withoutLeadingMenus(List<Piece> pieces) {
        int start = 0;
        while (start < pieces.size() && (pieces.get(start).isEmpty()
                || pieces.get(start).kind == Block.Kind.ITEM && pieces.get(start).isLinkLike())) {
            start++;
        }
        return new ArrayList<>(pieces.subList(start, pieces.size()));
    }

    private static String meta(Document doc) {
        for (Element meta : doc.select("meta[content]")) {
            String key = meta.hasAttr("name") ? meta.attr("name") : meta.hasAttr("property") ? meta.attr("property") : meta.attr("itemprop");
            if (DATE_META.contains(key.toLowerCase(Locale.ROOT))) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static String url(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            return canonical.attr("href");
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        return og == null ? null : og.attr("content");
    }

    private static String text(Element e) {
        return e == null || e.text().isBlank() ? null : e.text();
    }

    private static String attribute(Element e, String name) {
        return e == null || !e.hasAttr(name) || e.attr(name).isBlank() ? null : e.attr(name);
    }

    /** One table being read: its header cells and caption. */
    private static final class Table {
        List<String> header = List.of();
        String caption;
    }

    /** Walks the content, opening a piece per block and writing text nodes into it. */
    private static final class Walk implements NodeFilter {
        private final String source;
        private final int base;
        private final boolean insideContent;
        private final List<Piece> pieces = new ArrayList<>();
        private final Deque<Table> tables = new ArrayDeque<>();
        private final Map<Element, Piece> itemLeadIns = new IdentityHashMap<>();
        /** The first piece of each list item: the one a lead-in can open. */
        private final Map<Piece, Element> openers = new IdentityHashMap<>();
        private final java.util.Set<Element> openedItems = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        private Piece current;
        private int linkDepth;
        private int column;
        private int cellBegin;
        private List<String> rowCells;
        private Element leadInCandidate;

        Walk(String source, int base, boolean insideContent) {
            this.source = source;
            this.base = base;
            this.insideContent = insideContent;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                text(text);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctypes, data nodes
            }
            String name = e.normalName();
            if (dropped(e, name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (name) {
                case "br" -> lineBreak();
                case "table" -> {
                    close();
                    tables.push(new Table());
                }
                case "tr" -> {
                    close();
                    column = 0;
                    rowCells = new ArrayList<>();
                }
                case "td", "th" -> {
                    Piece row = piece(e);
                    row.text.appendLineBreak();
                    cellBegin = row.text.length();
                }
                case "li", "dd", "dt" -> {
                    close();
                    piece(e); // opened now, so that a bold name first in it is seen as its lead-in
                }
                case "a" -> {
                    linkDepth++;
                    String href = e.attr("href");
                    if (href.startsWith("http://") || href.startsWith("https://")) {
                        piece(e).urls.add(href);
                    }
                }
                default -> {
                    if (BLOCKS.contains(name)) {
                        close();
                    }
                }
            }
            if (current != null && leadInCandidate == null && openers.containsKey(current) && current.text.isBlank()
                    && (name.equals("strong") || name.equals("b") || name.equals("a"))) {
                leadInCandidate = e;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (!BLOCKS.contains(name)) { // inline elements and table cells
                markup(e);
            }
            switch (name) {
                case "a" -> linkDepth = Math.max(0, linkDepth - 1);
                case "td", "th" -> {
                    if (current != null) {
                        int end = current.text.length();
                        if (end > cellBegin) {
                            current.cells.add(new int[] {column, cellBegin, end});
                        }
                        rowCells.add(current.text.subSequence(Math.min(cellBegin, end), end).toString());
                    }
                    column += Math.max(1, parseInt(e.attr("colspan")));
                }
                case "tr" -> {
                    if (current != null && current.kind == Block.Kind.HEADER_ROW && !tables.isEmpty()) {
                        tables.peek().header = List.copyOf(rowCells);
                    }
                    close();
                }
                case "caption" -> {
                    if (!tables.isEmpty() && current != null) {
                        tables.peek().caption = current.text.toString().strip();
                    }
                    close();
                }
                case "table" -> {
                    close();
                    if (!tables.isEmpty()) {
                        tables.pop();
                    }
                }
                default -> {
                    if (BLOCKS.contains(name)) {
                        close();
                    }
                }
            }
            if (e == leadInCandidate && current != null) {
                current.markLeadIn();
                if (current.leadInOf == current) {
                    itemLeadIns.put(item(e), current);
                }
            }
            return FilterResult.CONTINUE;
        }

        /**
         * Notes an inline element ({@code <b>}, {@code <a href>}, {@code <span>}) or a table cell as markup: its start
         * tag, content and end tag, so that a fact's span never holds one of its tags without the other.
         */
        private void markup(Element e) {
            Range open = e.sourceRange();
            Range close = e.endSourceRange();
            Piece piece = current != null ? current : pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (piece == null || !open.isTracked() || !close.isTracked() || close.startPos() == close.endPos()) {
                return;
            }
            piece.text.markup(base + open.startPos(), base + open.endPos(), base + close.startPos(), base + close.endPos());
        }

        private boolean dropped(Element e, String name) {
            if (DROPPED.contains(name) || e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                    || BOILERPLATE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
                return true;
            }
            String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                return true;
            }
            // the site's banner: a header outside any article or main
            return name.equals("header") && !insideContent && e.closest("article, main, [role=main]") == null;
        }

        private void text(TextNode node) {
            String text = node.getWholeText();
            if (text.isBlank() && current == null) {
                return;
            }
            Piece piece = piece(node.parent());
            Range range = node.sourceRange();
            int from = range.isTracked() ? base + range.startPos() : piece.text.lastEnd();
            int to = range.isTracked() ? base + range.endPos() : from;
            SourceAligner.Alignment at = SourceAligner.align(text, source, from, to);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                piece.text.appendText(c, at.starts()[i], at.ends()[i]);
                if (linkDepth > 0 && !TextChars.isSpace(c)) {
                    piece.linkChars++;
                }
            }
        }

        /** A line break: inside a list item right after its lead-in, a new line; elsewhere a new block. */
        private void lineBreak() {
            if (current == null) {
                return;
            }
            if (current.leadInOf == current && current.text.subSequence(current.leadInEnd, current.text.length())
                    .chars().allMatch(c -> ":：,;—–-. ".indexOf(c) >= 0)) {
                current.text.appendLineBreak();
            } else {
                Piece next = current.continuation();
                close();
                pieces.add(next);
                current = next;
            }
        }

        /** The open piece, or a new one for the block {@code at} stands in. */
        private Piece piece(Node at) {
            if (current == null) {
                Element block = at instanceof Element e ? e : (Element) at.parent();
                while (block != null && !BLOCKS.contains(block.normalName())) {
                    block = block.parent();
                }
                current = open(block);
                pieces.add(current);
            }
            return current;
        }

        private Piece open(Element block) {
            int origin = pieces.isEmpty() ? base : pieces.get(pieces.size() - 1).text.lastEnd();
            String name = block == null ? "body" : block.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                return new Piece(Block.Kind.HEADING, name.charAt(1) - '0', 0, origin);
            }
            if (name.equals("tr")) {
                Table table = tables.isEmpty() ? new Table() : tables.peek();
                boolean head = table.header.isEmpty() && (block.parent() != null && block.parent().normalName().equals("thead")
                        || !block.select("> th").isEmpty() && block.select("> td").isEmpty());
                Piece row = new Piece(head ? Block.Kind.HEADER_ROW : Block.Kind.ROW, 0, 0, origin);
                row.header = head ? List.of() : table.header;
                row.caption = table.caption;
                return row;
            }
            Element li = item(block);
            if (li != null) {
                Piece piece = new Piece(Block.Kind.ITEM, 0, listDepth(li), origin);
                piece.leadInOf = leadInOver(li);
                if (openedItems.add(li)) {
                    openers.put(piece, li);
                }
                return piece;
            }
            boolean quoted = block != null && block.closest("blockquote") != null;
            return new Piece(quoted ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, 0, 0, origin);
        }

        /** The lead-in of {@code li} or of the nearest item it is nested in. */
        private Piece leadInOver(Element li) {
            for (Element e = li; e != null; e = e.parent() == null ? null : item(e.parent())) {
                Piece leadIn = itemLeadIns.get(e);
                if (leadIn != null) {
                    return leadIn;
                }
            }
            return null;
        }

        private static Element item(Element e) {
            return e == null ? null : e.closest("li, dd, dt");
        }

        private static int listDepth(Element li) {
            int depth = 0;
            for (Element e = li; e != null; e = e.parent()) {
                if (e.normalName().equals("ul") || e.normalName().equals("ol") || e.normalName().equals("dl")) {
                    depth++;
                }
            }
            return Math.max(1, depth);
        }

        private void close() {
            if (current != null && openers.containsKey(current)) {
                current.labelLeadIn();
                if (current.leadInOf == current) {
                    itemLeadIns.put(openers.get(current), current);
                }
            }
            current = null;
            leadInCandidate = null;
        }

        private static int parseInt(String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
