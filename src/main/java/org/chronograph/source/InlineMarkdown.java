package org.chronograph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces the inline Markdown of one block to clean text: emphasis markers, code ticks, links, images,
 * citation markers, HTML tags and bare URLs are removed; entities are decoded; offsets are kept.
 */
final class InlineMarkdown {
    private static final Set<String> HIDDEN_ELEMENTS = Set.of("script", "style", "noscript", "template");
    private static final Set<String> BREAKING_TAGS = Set.of("br", "p", "div", "li", "td", "th", "tr", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "ul", "ol", "table");
    private static final int MAX_TAG_SCAN = 4000;

    private final MappedText src;
    private final MappedText out;
    private final List<String> urls = new ArrayList<>();
    private int linkDepth;
    private int linkChars;
    private boolean afterRemoval;
    private final PairIndex pairs;

    private InlineMarkdown(MappedText src) {
        this.src = src;
        this.out = new MappedText(src.length() == 0 ? 0 : src.start(0));
        this.pairs = new PairIndex(src);
    }

    /** Reduces {@code source} (one block's raw characters, lines already joined) to a block of {@code kind}. */
    static Block reduce(MappedText source, Block.Kind kind, int level) {
        InlineMarkdown inline = new InlineMarkdown(source);
        inline.run(0, source.length());
        return new Block(kind, level, inline.out, inline.urls, inline.linkChars);
    }

    private void run(int from, int to) {
        int i = from;
        while (i < to) {
            i = step(i, from, to);
        }
    }

    private int step(int i, int from, int to) {
        char c = src.charAt(i);
        int next = switch (c) {
            case '\\' -> escape(i, from, to);
            case '`' -> codeSpan(i, to);
            case '!' -> i + 1 < to && src.charAt(i + 1) == '[' ? image(i, to) : -1;
            case '[' -> bracket(i, to);
            case '<' -> angle(i, to);
            case '&' -> entity(i, to);
            case '*', '_', '~' -> delimiterRun(i, from, to);
            case 'h', 'H', 'w', 'W' -> bareUrl(i, from, to);
            default -> -1;
        };
        if (next > i) {
            return next;
        }
        emit(c, src.start(i), src.end(i));
        return i + 1;
    }

    private void emit(char c, int start, int end) {
        if (afterRemoval && !TextChars.isSpace(c)) {
            afterRemoval = false;
            if (".,;:!?)".indexOf(c) >= 0) {
                out.dropPendingSpace(); // "see (url)." must not become "see ."
            }
        }
        out.appendText(c, start, end);
        if (linkDepth > 0 && !TextChars.isSpace(c)) {
            linkChars++;
        }
    }

    private int escape(int i, int from, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char next = src.charAt(i + 1);
        if (next == '*' || next == '_' || next == '~') {
            return delimiterRun(i, from, to);
        }
        if (TextChars.isAsciiPunctuation(next)) {
            emit(next, src.start(i), src.end(i + 1));
            return i + 2;
        }
        return -1;
    }

    private int codeSpan(int i, int to) {
        int n = runLength(i, to, '`');
        int j = pairs.nextTickRun(i);
        if (j > 0 && j + n <= to) {
            emitCode(i + n, j);
            return j + n;
        }
        return i + n; // an unmatched run of backticks is dropped
    }

    private void emitCode(int from, int to) {
        for (int k = from; k < to; k++) {
            emit(src.charAt(k), src.start(k), src.end(k));
        }
    }

    private int image(int i, int to) {
        int close = matchBracket(i + 1, to);
        if (close < 0 || close + 1 >= to || src.charAt(close + 1) != '(') {
            return -1;
        }
        int end = destinationEnd(close + 1, to);
        return end < 0 ? -1 : removed(end + 1);
    }

    /** Notes that markup without text was removed, and returns {@code next}. */
    private int removed(int next) {
        afterRemoval = true;
        return next;
    }

    private int bracket(int i, int to) {
        int close = matchBracket(i, to);
        if (close < 0) {
            return -1;
        }
        if (i + 1 < to && src.charAt(i + 1) == '^') {
            return removed(close + 1); // footnote reference [^1]
        }
        if (close + 1 < to && src.charAt(close + 1) == '(') {
            int end = destinationEnd(close + 1, to);
            if (end > 0) {
                String url = destination(close + 2, end);
                if (!url.isEmpty()) {
                    urls.add(url);
                }
                int before = out.length();
                linkText(i + 1, close);
                return out.length() == before ? removed(end + 1) : end + 1;
            }
        }
        if (isCitation(i + 1, close)) {
            return removed(close + 1);
        }
        if (close + 1 < to && src.charAt(close + 1) == '[') {
            int refClose = matchBracket(close + 1, to);
            if (refClose > 0) {
                linkText(i + 1, close);
                return refClose + 1;
            }
        }
        return -1;
    }

    private void linkText(int from, int to) {
        linkDepth++;
        run(from, to);
        linkDepth--;
    }

    private boolean isCitation(int from, int to) {
        if (from >= to || to - from > 12) {
            return false;
        }
        int digits = 0;
        for (int k = from; k < to; k++) {
            char c = src.charAt(k);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == ',' || c == '-' || c == '\u2013' || c == ' ') {
                digits = 0;
            } else {
                return false;
            }
        }
        return Character.isDigit(src.charAt(from));
    }

    private int matchBracket(int open, int to) {
        int close = pairs.closing(open);
        return close < to ? close : -1;
    }

    /** Index of the {@code )} closing the link destination opened at {@code open}, or -1. */
    private int destinationEnd(int open, int to) {
        int close = pairs.closing(open);
        return close < to ? close : -1;
    }

    private String destination(int from, int to) {
        String inside = src.subSequence(from, to).toString().strip();
        if (inside.startsWith("<")) {
            int gt = inside.indexOf('>');
            return gt > 0 ? inside.substring(1, gt) : inside.substring(1);
        }
        int space = inside.indexOf(' ');
        return space < 0 ? inside : inside.substring(0, space);
    }

    private int angle(int i, int to) {
        if (startsWith(i, to, "<!--")) {
            int end = indexOf("-->", i + 4, to);
            return end < 0 ? to : end + 3;
        }
        int k = i + 1;
        boolean closing = k < to && src.charAt(k) == '/';
        if (closing) {
            k++;
        }
        if (k >= to || !isAsciiLetter(src.charAt(k))) {
            return -1;
        }
        int nameEnd = k;
        while (nameEnd < to && (Character.isLetterOrDigit(src.charAt(nameEnd)) || src.charAt(nameEnd) == '-')) {
            nameEnd++;
        }
        if (!closing && nameEnd < to && src.charAt(nameEnd) == ':') {
            return autolink(i, to);
        }
        int tagEnd = tagEnd(nameEnd, to);
        if (tagEnd < 0) {
            return -1;
        }
        String name = src.subSequence(k, nameEnd).toString().toLowerCase(Locale.ROOT);
        if (!closing && HIDDEN_ELEMENTS.contains(name)) {
            int close = indexOfIgnoreCase("</" + name, tagEnd, to);
            if (close < 0) {
                return to;
            }
            int end = tagEnd(close + 2 + name.length(), to);
            return end < 0 ? to : end + 1;
        }
        if (BREAKING_TAGS.contains(name)) {
            out.breakWord();
        }
        return tagEnd + 1;
    }

    private int autolink(int i, int to) {
        for (int k = i + 1; k < to; k++) {
            char c = src.charAt(k);
            if (c == '>') {
                urls.add(src.subSequence(i + 1, k).toString());
                return k + 1;
            }
            if (c == '<' || TextChars.isSpace(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** Index of the {@code >} ending a tag whose attributes start at {@code from}, honouring quotes; or -1. */
    private int tagEnd(int from, int to) {
        if (from < to && !(TextChars.isSpace(src.charAt(from)) || src.charAt(from) == '>' || src.charAt(from) == '/')) {
            return -1;
        }
        char quote = 0;
        int limit = Math.min(to, from + MAX_TAG_SCAN);
        for (int k = from; k < limit; k++) {
            char c = src.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private int entity(int i, int to) {
        HtmlEntities.Decoded decoded = HtmlEntities.decode(src, i, to);
        if (decoded == null) {
            return -1;
        }
        int last = i + decoded.length() - 1;
        for (int k = 0; k < decoded.value().length(); k++) {
            emit(decoded.value().charAt(k), src.start(i), src.end(last));
        }
        return last + 1;
    }

    /** Handles a run of {@code *}, {@code _} or {@code ~} (possibly backslash-escaped) per the flanking rules. */
    private int delimiterRun(int i, int from, int to) {
        char d = src.charAt(i) == '\\' ? src.charAt(i + 1) : src.charAt(i);
        int j = i;
        int count = 0;
        while (j < to) {
            if (src.charAt(j) == d) {
                j++;
            } else if (src.charAt(j) == '\\' && j + 1 < to && src.charAt(j + 1) == d) {
                j += 2;
            } else {
                break;
            }
            count++;
        }
        char prev = i > from ? src.charAt(i - 1) : ' ';
        char next = j < to ? src.charAt(j) : ' ';
        boolean left = !TextChars.isSpace(next)
                && (!TextChars.isPunctuation(next) || TextChars.isSpace(prev) || TextChars.isPunctuation(prev));
        boolean right = !TextChars.isSpace(prev)
                && (!TextChars.isPunctuation(prev) || TextChars.isSpace(next) || TextChars.isPunctuation(next));
        boolean remove = switch (d) {
            case '*' -> count >= 2 || left || right;
            case '_' -> (left && (!right || TextChars.isPunctuation(prev)))
                    || (right && (!left || TextChars.isPunctuation(next)));
            default -> count == 2 && (left || right);
        };
        if (!remove) {
            for (int k = i; k < j; k++) {
                if (src.charAt(k) == d) {
                    emit(d, src.start(k > i && src.charAt(k - 1) == '\\' ? k - 1 : k), src.end(k));
                }
            }
        }
        return j;
    }

    private int bareUrl(int i, int from, int to) {
        if (i > from && Character.isLetterOrDigit(src.charAt(i - 1))) {
            return -1;
        }
        if (!startsWithIgnoreCase(i, to, "http://") && !startsWithIgnoreCase(i, to, "https://")
                && !(startsWithIgnoreCase(i, to, "www.") && i + 4 < to && Character.isLetterOrDigit(src.charAt(i + 4)))) {
            return -1;
        }
        int end = i;
        int parens = 0;
        while (end < to) {
            char c = src.charAt(end);
            if (TextChars.isSpace(c) || c == '<' || c == '>' || c == '"' || c == '[' || c == ']') {
                break;
            }
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            end++;
        }
        while (end > i) {
            char c = src.charAt(end - 1);
            if (".,;:!?'*_".indexOf(c) >= 0 || (c == ')' && parens < 0)) {
                parens += c == ')' ? 1 : 0;
                end--;
            } else {
                break;
            }
        }
        urls.add(src.subSequence(i, end).toString());
        if (end < to && src.charAt(end) == ')' && out.length() > 0 && out.charAt(out.length() - 1) == '(') {
            out.dropTrailingOpenParen();
            return removed(end + 1);
        }
        return removed(end);
    }

    private int runLength(int i, int to, char c) {
        int j = i;
        while (j < to && src.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private boolean startsWith(int i, int to, String s) {
        if (i + s.length() > to) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (src.charAt(i + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithIgnoreCase(int i, int to, String s) {
        if (i + s.length() > to) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (Character.toLowerCase(src.charAt(i + k)) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String s, int from, int to) {
        for (int k = from; k + s.length() <= to; k++) {
            if (startsWith(k, to, s)) {
                return k;
            }
        }
        return -1;
    }

    private int indexOfIgnoreCase(String s, int from, int to) {
        for (int k = from; k + s.length() <= to; k++) {
            if (startsWithIgnoreCase(k, to, s)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
