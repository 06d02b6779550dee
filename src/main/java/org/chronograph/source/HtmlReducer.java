package org.chronograph.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces an HTML page to clean text with a small tag stripper that keeps offsets: scripts, styles,
 * comments and other non-content elements are dropped, block elements become blocks, table cells are
 * joined by {@code " ; "}, entities are decoded. Also picks up the title, language, date and canonical URL.
 */
final class HtmlReducer {
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp");
    private static final Set<String> HIDDEN = Set.of("noscript", "template", "svg", "math", "iframe", "object",
            "canvas", "select", "button", "nav", "pre");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "br",
            "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "option", "p",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "h1", "h2", "h3", "h4", "h5", "h6");
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

    private final String source;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<String> hidden = new ArrayDeque<>();
    private MappedText current;
    private Block.Kind kind = Block.Kind.PARAGRAPH;
    private int level;
    private List<String> urls = new ArrayList<>();
    private int linkChars;
    private int linkDepth;
    private boolean cellPending;
    private String title;
    private String firstH1;
    private String lang;
    private String date;
    private String url;

    private HtmlReducer(String source) {
        this.source = source;
        this.current = new MappedText(0);
    }

    /** Reduces the whole of {@code source}. */
    static Page reduce(String source) {
        HtmlReducer reducer = new HtmlReducer(source);
        reducer.run();
        reducer.closeBlock();
        String title = reducer.title != null ? reducer.title : reducer.firstH1;
        return new Page(ReferenceSplitter.assemble(reducer.blocks, 0), title, reducer.lang, reducer.date, reducer.url);
    }

    private void run() {
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '<') {
                int next = markup(i);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            if (!hidden.isEmpty()) {
                i++;
                continue;
            }
            if (c == '&') {
                HtmlEntities.Decoded decoded = HtmlEntities.decode(source, i, n);
                if (decoded != null) {
                    for (int k = 0; k < decoded.value().length(); k++) {
                        text(decoded.value().charAt(k), i, i + decoded.length());
                    }
                    i += decoded.length();
                    continue;
                }
            }
            text(c, i, i + 1);
            i++;
        }
    }

    private void text(char c, int start, int end) {
        if (cellPending && !TextChars.isSpace(c)) {
            cellPending = false;
            if (!current.isBlank()) {
                current.dropPendingSpace();
                current.appendSynthetic(" ; ");
            }
        }
        current.appendText(c, start, end);
        if (linkDepth > 0 && !TextChars.isSpace(c)) {
            linkChars++;
        }
    }

    /** Handles the markup starting at {@code i}; returns where text resumes, or -1 when {@code <} is plain text. */
    private int markup(int i) {
        if (source.startsWith("<!--", i)) {
            int end = source.indexOf("-->", i + 4);
            return end < 0 ? source.length() : end + 3;
        }
        if (source.startsWith("<!", i) || source.startsWith("<?", i)) {
            int end = source.indexOf('>', i);
            return end < 0 ? source.length() : end + 1;
        }
        boolean closing = i + 1 < source.length() && source.charAt(i + 1) == '/';
        int nameStart = closing ? i + 2 : i + 1;
        int nameEnd = nameStart;
        while (nameEnd < source.length() && isNameChar(source.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart || !Character.isLetter(source.charAt(nameStart))) {
            return -1;
        }
        String name = source.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new HashMap<>();
        int end = HtmlAttributes.parse(source, nameEnd, attributes);
        boolean selfClosing = end >= 2 && source.charAt(end - 2) == '/';
        if (closing) {
            endTag(name);
        } else if (RAW_TEXT.contains(name)) {
            return rawText(name, end);
        } else {
            startTag(name, attributes, selfClosing);
        }
        return end;
    }

    private int rawText(String name, int from) {
        int close = indexOfIgnoreCase("</" + name, from);
        int contentEnd = close < 0 ? source.length() : close;
        if (name.equals("title") && title == null && hidden.isEmpty()) {
            title = HtmlAttributes.decode(source.substring(from, contentEnd));
        }
        if (close < 0) {
            return source.length();
        }
        int gt = source.indexOf('>', close);
        return gt < 0 ? source.length() : gt + 1;
    }

    private void startTag(String name, Map<String, String> attributes, boolean selfClosing) {
        switch (name) {
            case "html" -> lang = lang == null ? attributes.get("lang") : lang;
            case "meta" -> meta(attributes);
            case "link" -> {
                if ("canonical".equalsIgnoreCase(attributes.get("rel")) && url == null) {
                    url = attributes.get("href");
                }
            }
            default -> { }
        }
        if (HIDDEN.contains(name)) {
            if (!selfClosing) {
                hidden.push(name);
            }
            return;
        }
        if (!hidden.isEmpty()) {
            return;
        }
        if (BLOCKS.contains(name)) {
            closeBlock();
            kind = switch (name) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
                case "li", "dd", "dt" -> Block.Kind.ITEM;
                case "tr" -> Block.Kind.ROW;
                default -> Block.Kind.PARAGRAPH;
            };
            level = kind == Block.Kind.HEADING ? name.charAt(1) - '0' : 0;
        } else if (name.equals("td") || name.equals("th")) {
            cellPending = true;
        } else if (name.equals("a") && !selfClosing) {
            linkDepth++;
            String href = attributes.get("href");
            if (href != null && (href.startsWith("http://") || href.startsWith("https://"))) {
                urls.add(href);
            }
        }
    }

    private void endTag(String name) {
        if (!hidden.isEmpty()) {
            if (hidden.contains(name)) {
                while (!hidden.isEmpty() && !hidden.pop().equals(name)) {
                    // unwind elements left open inside the hidden one
                }
            }
            return;
        }
        if (BLOCKS.contains(name)) {
            closeBlock();
        } else if (name.equals("a") && linkDepth > 0) {
            linkDepth--;
        } else if (name.equals("td") || name.equals("th")) {
            cellPending = true;
        }
    }

    private void meta(Map<String, String> attributes) {
        String key = attributes.getOrDefault("name", attributes.getOrDefault("property", attributes.get("itemprop")));
        String content = attributes.get("content");
        if (key == null || content == null) {
            return;
        }
        key = key.toLowerCase(Locale.ROOT);
        if (DATE_META.contains(key) && date == null) {
            date = content;
        } else if (key.equals("og:url") && url == null) {
            url = content;
        } else if ((key.equals("language") || key.equals("content-language")) && lang == null) {
            lang = content;
        }
    }

    private void closeBlock() {
        if (!current.isBlank() || !urls.isEmpty()) {
            Block block = new Block(kind, level, current, urls, linkChars);
            blocks.add(block);
            if (firstH1 == null && kind == Block.Kind.HEADING && level == 1 && !current.isBlank()) {
                firstH1 = current.toString();
            }
        }
        current = new MappedText(current.lastEnd());
        urls = new ArrayList<>();
        linkChars = 0;
        kind = Block.Kind.PARAGRAPH;
        level = 0;
        cellPending = false;
    }

    private int indexOfIgnoreCase(String needle, int from) {
        int n = source.length() - needle.length();
        for (int i = from; i <= n; i++) {
            if (source.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_';
    }
}
