package org.chronograph.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A block while a reader builds it: its kind and structure, its clean text with offsets, and the links it
 * holds (which decide whether it belongs to a trailing reference list). {@link BodyAssembler} turns the pieces
 * into a {@link Body} and its {@link Block}s.
 */
final class Piece {
    private static final int MAX_LEAD_IN_WORDS = 10;
    private static final int MAX_LABEL_CHARS = 60;
    private static final int MAX_LABEL_WORDS = 8;

    final Block.Kind kind;
    final int level;
    final int depth;
    final boolean note;
    final MappedText text;
    final List<String> urls = new ArrayList<>();
    int linkChars;
    /** End of this piece's own lead-in in {@link #text}, or -1. */
    int leadInEnd = -1;
    /** The piece whose lead-in applies here: this one, the item this one is nested in, or {@code null}. */
    Piece leadInOf;
    /** For table rows: {column, begin, end} of each non-empty cell in {@link #text}. */
    final List<int[]> cells = new ArrayList<>();
    List<String> header = List.of();
    String caption;

    Piece(Block.Kind kind, int level, int depth, int origin) {
        this(kind, level, depth, false, origin);
    }

    private Piece(Block.Kind kind, int level, int depth, boolean note, int origin) {
        this.kind = kind;
        this.level = level;
        this.depth = depth;
        this.note = note;
        this.text = new MappedText(origin);
    }

    /** A footnote definition's text. */
    static Piece note(int origin) {
        return new Piece(Block.Kind.PARAGRAPH, 0, 0, true, origin);
    }

    /** An empty piece of the same kind, depth and lead-in, for the text after a hard line break. */
    Piece continuation() {
        Piece next = note ? note(text.lastEnd()) : new Piece(kind, level, depth, text.lastEnd());
        next.leadInOf = leadInOf;
        return next;
    }

    /** The text so far, without trailing punctuation and spaces, is this piece's lead-in (a bold or linked name). */
    void markLeadIn() {
        int end = text.length();
        while (end > 0 && ":：,;—–-. \n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && words(text.subSequence(0, end)) <= MAX_LEAD_IN_WORDS) {
            leadInEnd = end;
            leadInOf = this;
        }
    }

    /** "Jane Doe: former head of research": the few words before a colon are this piece's lead-in. */
    void labelLeadIn() {
        String s = text.toString();
        int colon = s.indexOf(':');
        if (leadInEnd > 0 || colon <= 0 || colon > MAX_LABEL_CHARS) {
            return;
        }
        String label = s.substring(0, colon).strip();
        if (!label.isEmpty() && words(label) <= MAX_LABEL_WORDS && !label.contains(". ")) {
            leadInEnd = s.indexOf(label) + label.length();
            leadInOf = this;
        }
    }

    private static int words(CharSequence text) {
        String s = text.toString().strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    boolean isEmpty() {
        return text.isBlank() && urls.isEmpty();
    }

    /** Whether the piece is mostly links or URLs: a reference entry rather than prose. */
    boolean isLinkLike() {
        if (urls.isEmpty()) {
            return false;
        }
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                visible++;
            }
        }
        return visible == 0 || linkChars * 10 >= visible * 6;
    }

    /** The piece as one reference entry: its text followed by its URLs in angle brackets. */
    String asReference() {
        StringBuilder entry = new StringBuilder(text.toString().replace('\n', ' ').strip());
        for (String url : urls) {
            if (!entry.isEmpty()) {
                entry.append(' ');
            }
            entry.append('<').append(url).append('>');
        }
        return entry.toString();
    }
}
