package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.MarkupReading;
import org.chronograph.source.ReadResult;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every fact extracted from the visible articles ({@code ../shared/corpus/seed} and {@code dev}, the 30 gold
 * articles among them; skipped when absent), events, moves and entity mentions alike, points at its own text in
 * the original file:
 * <ol>
 * <li>its span {@code [start, end)} cuts no markup construct: each bold, italic, strikethrough run, link, code
 * span and table cell the file's own commonmark parse finds (parsed here, apart from the reader) lies wholly
 * inside the span, wholly outside it, or holds the span inside its content;</li>
 * <li>the file's text at the span, read by the same reading that read the file
 * ({@link MarkupReading#markdownInline}), is the fact's sentence (or mention) exactly. A table row's evidence is
 * the whole row line, pipes included, and is read cell by cell as commonmark splits the row: its non-empty cells,
 * in order, one per line, are the evidence's lines;</li>
 * <li>where that text holds no markup it is the sentence itself, character for character.</li>
 * </ol>
 * The test prints how many facts are literal (3) and how many needed the markup reading (2), and fails on any
 * fact that is neither or that cuts a construct, with one exception it counts apart: a sentence the sentence
 * splitter started or ended inside a bold run or link ({@link #splitConstruct}).
 */
class FactOffsetsIT {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** A construct of the file: opening markup from {@code open}, content {@code [from, to)}, closing markup to {@code close}. */
    private record Construct(String kind, int open, int from, int to, int close) {
        boolean cutBy(int s, int e) {
            boolean disjoint = e <= open || close <= s;
            boolean around = s <= open && close <= e;
            boolean inside = from <= s && e <= to;
            return !disjoint && !around && !inside;
        }
    }

    /** The file as commonmark parses it: its constructs and table rows (each a list of its cells). */
    private record Parse(List<Construct> constructs, List<List<Construct>> rows) {
    }

    private int literal;
    private int read;
    private int split;
    private int lineBreaksOnly;
    private int rows;
    private final List<String> wrong = new ArrayList<>();

    @Test
    void everyFactOfTheVisibleArticlesReadsBackAsItsSentence() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS.resolve("seed")) && Files.isDirectory(CORPUS.resolve("dev")), "shared corpus not present");
        Extractor extractor = new Extractor();
        int articles = 0;
        for (ReadResult result : new ArticleReader().readAll(List.of(CORPUS.resolve("seed"), CORPUS.resolve("dev")))) {
            Article article = result.asArticle().orElseThrow();
            String original = Files.readString(Path.of(article.source()));
            assumeTrue(article.source().toLowerCase(Locale.ROOT).endsWith(".md"), "a visible article that is not Markdown: " + article.source());
            Parse parse = parse(original);
            Extraction x = extractor.extract(article);
            articles++;
            for (Event e : x.events()) {
                check(article.id() + " event " + e.type(), original, parse, e.evidence().sentence(), e.evidence().start(), e.evidence().end());
            }
            for (Move m : x.moves()) {
                check(article.id() + " move of " + m.person().name(), original, parse, m.evidence().sentence(), m.evidence().start(), m.evidence().end());
            }
            for (Entity entity : x.entities()) {
                for (Mention m : entity.mentions()) {
                    check(article.id() + " mention of " + entity.name(), original, parse, m.text(), m.start(), m.end());
                }
            }
        }
        int facts = literal + read + split + wrong.size();
        System.out.printf("FactOffsetsIT: %d articles, %d facts: %d literal, %d read through their markup (%d of them "
                + "white space only; %d table rows read cell by cell), %d starting or ending inside a bold run or link "
                + "(span takes it whole), %d wrong%n",
                articles, facts, literal, read, lineBreaksOnly, rows, split, wrong.size());
        assertThat(articles).isEqualTo(35);
        assertThat(facts).isGreaterThan(1000);
        assertThat(wrong).as("facts whose original span does not read back as their text, of " + facts).isEmpty();
    }

    private void check(String what, String original, Parse parse, String text, int start, int end) {
        if (start < 0 || end < start || end > original.length()) {
            wrong.add(what + ": span " + start + ".." + end + " outside the file");
            return;
        }
        String slice = original.substring(start, end);
        for (Construct c : parse.constructs()) {
            if (c.cutBy(start, end)) {
                wrong.add(what + ": [" + start + ", " + end + ") cuts a " + c.kind() + " " + c + ": '" + slice + "'");
                return;
            }
        }
        String reading = reading(original, parse, start, end);
        if (reading.equals(text) && slice.equals(text)) {
            literal++;
        } else if (reading.equals(text)) {
            read++;
            if (slice.replaceAll("\\s+", " ").equals(text.replaceAll("\\s+", " "))) {
                lineBreaksOnly++; // a sentence hard-wrapped over lines: white space the reading folds
            }
        } else if (splitConstruct(original, parse, start, end, reading, text)) {
            split++;
        } else {
            wrong.add(what + ": '" + slice + "' reads '" + reading + "', not '" + text + "'");
        }
    }

    /**
     * The one case where no span can both keep the markup whole and read as the text: the text starts (or ends)
     * inside a construct's content, the sentence splitter having cut inside a bold run ("**P.A. Semi** (acquired by
     * Apple), ..." split after "P.A."). The span then takes the construct whole, and reads as the text with the
     * rest of the construct's own text before (or after) it, and nothing else.
     */
    private static boolean splitConstruct(String original, Parse parse, int start, int end, String reading, String text) {
        for (Construct c : parse.constructs()) {
            String content = MarkupReading.markdownInline(original.substring(c.from(), c.to()));
            if (c.open() == start && reading.endsWith(text) && reading.length() > text.length()) {
                String before = reading.substring(0, reading.length() - text.length()).strip();
                if (!before.isEmpty() && content.startsWith(before) && text.startsWith(content.substring(before.length()).strip())) {
                    return true;
                }
            }
            if (c.close() == end && reading.startsWith(text) && reading.length() > text.length()) {
                String after = reading.substring(text.length()).strip();
                if (!after.isEmpty() && content.endsWith(after) && text.endsWith(content.substring(0, content.length() - after.length()).strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The span read as the file was: cell by cell when it holds more than one cell of a table row. */
    private String reading(String original, Parse parse, int start, int end) {
        for (List<Construct> row : parse.rows()) {
            List<Construct> held = row.stream().filter(cell -> cell.open() < end && cell.close() > start && !(cell.from() <= start && end <= cell.to())).toList();
            if (held.isEmpty()) {
                continue;
            }
            rows++;
            StringJoiner lines = new StringJoiner("\n");
            for (Construct cell : held) {
                String text = MarkupReading.markdownInline(original.substring(cell.from(), cell.to()));
                if (!text.isEmpty()) {
                    lines.add(text);
                }
            }
            return lines.toString();
        }
        return MarkupReading.markdownInline(original.substring(start, end));
    }

    /** The file parsed by commonmark (front matter blanked, offsets kept). */
    private static Parse parse(String original) {
        String text = original;
        if (original.startsWith("---\n")) {
            int close = original.indexOf("\n---", 3);
            if (close > 0) {
                int end = close + 4;
                text = original.substring(0, end).replaceAll("[^\n]", " ") + original.substring(end);
            }
        }
        List<Construct> constructs = new ArrayList<>();
        List<List<Construct>> rows = new ArrayList<>();
        collect(PARSER.parse(text), text, constructs, rows);
        return new Parse(constructs, rows);
    }

    private static void collect(Node node, String text, List<Construct> constructs, List<List<Construct>> rows) {
        if (node instanceof TableRow row) {
            List<Construct> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell && !cell.getSourceSpans().isEmpty()) {
                    cells.add(cell(cell, text));
                }
            }
            constructs.addAll(cells);
            rows.add(cells);
        }
        boolean wraps = node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link || node instanceof Strikethrough;
        if (wraps && node.getFirstChild() != null && !node.getSourceSpans().isEmpty() && !node.getFirstChild().getSourceSpans().isEmpty()) {
            constructs.add(new Construct(node.getClass().getSimpleName(), start(node), start(node.getFirstChild()), end(node.getLastChild()), end(node)));
        }
        if (node instanceof Code code && !code.getSourceSpans().isEmpty()) {
            int ticks = 0;
            while (text.charAt(start(code) + ticks) == '`') {
                ticks++;
            }
            constructs.add(new Construct("code span", start(code), start(code) + ticks, end(code) - ticks, end(code)));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, text, constructs, rows);
        }
    }

    /** A table cell: its text between the pipes, the pipes on either side its markup. */
    private static Construct cell(Node cell, String text) {
        int from = start(cell);
        int to = end(cell);
        int open = from > 0 && text.charAt(from - 1) == '|' ? from - 1 : from;
        int close = to < text.length() && text.charAt(to) == '|' ? to + 1 : to;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Construct("table cell", open, from, to, close);
    }

    private static int start(Node node) {
        return node.getSourceSpans().get(0).getInputIndex();
    }

    private static int end(Node node) {
        SourceSpan last = node.getSourceSpans().get(node.getSourceSpans().size() - 1);
        return last.getInputIndex() + last.getLength();
    }
}
