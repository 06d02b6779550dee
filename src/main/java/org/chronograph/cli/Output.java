package org.chronograph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders tables as aligned text (long cells cut to {@value #MAX_CELL} characters), JSON (full values),
 * CSV (RFC 4180) or Markdown. Text and Markdown show control and format characters of cells (bidi overrides,
 * zero-width spaces) as {@code \\uXXXX}, so that a name cannot disguise itself on a terminal.
 */
public final class Output {
    /** Widest cell in table format; longer ones end in "...". */
    public static final int MAX_CELL = 60;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    /** Writes the tables to {@code out} in the format, and flushes. */
    public static void write(PrintWriter out, Format format, List<Table> tables) {
        switch (format) {
            case TABLE -> text(out, tables);
            case JSON -> out.println(json(tables));
            case CSV -> csv(out, tables);
            case MARKDOWN -> markdown(out, tables);
        }
        out.flush();
    }

    /**
     * JSON: one untitled table is an array of row objects (a record is one object); several tables are an object
     * with one member per title.
     */
    static String json(List<Table> tables) {
        Object value;
        if (tables.size() == 1) {
            value = jsonValue(tables.get(0));
        } else {
            Map<String, Object> sections = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                sections.put(t.title() == null ? "table" + (i + 1) : t.title(), jsonValue(t));
            }
            value = sections;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static Object jsonValue(Table table) {
        return table.record() ? table.fields() : table.maps();
    }

    private static void text(PrintWriter out, List<Table> tables) {
        boolean first = true;
        for (Table table : tables) {
            if (!first) {
                out.println();
            }
            first = false;
            if (table.title() != null) {
                out.println(table.title());
            }
            if (table.rows().isEmpty()) {
                out.println("(none)");
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            if (!table.record()) {
                cells.add(table.columns());
            }
            table.rows().forEach(row -> cells.add(row.stream().map(c -> cut(cell(c))).toList()));
            int[] widths = new int[table.columns().size()];
            for (List<String> row : cells) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
            for (int r = 0; r < cells.size(); r++) {
                out.println(line(cells.get(r), widths));
                if (r == 0 && !table.record()) {
                    out.println(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
                }
            }
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            String cell = cells.get(i);
            line.append(cell);
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        return line.toString().stripTrailing();
    }

    private static void csv(PrintWriter out, List<Table> tables) {
        boolean first = true;
        for (Table table : tables) {
            if (!first) {
                out.print("\r\n");
            }
            first = false;
            out.print(table.columns().stream().map(Output::csvField).collect(Collectors.joining(",")) + "\r\n");
            for (List<Object> row : table.rows()) {
                out.print(row.stream().map(c -> csvField(cell(c))).collect(Collectors.joining(",")) + "\r\n");
            }
        }
    }

    /** RFC 4180: a field with a comma, quote or line break goes in quotes, quotes doubled. */
    static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void markdown(PrintWriter out, List<Table> tables) {
        boolean first = true;
        for (Table table : tables) {
            if (!first) {
                out.println();
            }
            first = false;
            if (table.title() != null) {
                out.println("### " + table.title());
                out.println();
            }
            out.println(mdRow(table.columns()));
            out.println(mdRow(table.columns().stream().map(c -> "---").toList()));
            for (List<Object> row : table.rows()) {
                out.println(mdRow(row.stream().map(Output::cell).toList()));
            }
        }
    }

    private static String mdRow(List<String> cells) {
        return "| " + cells.stream().map(c -> SafeText.escape(c.replace("|", "\\|").replaceAll("\\R", " ")))
                .collect(Collectors.joining(" | ")) + " |";
    }

    /** A cell as text: nothing for {@code null}, list items joined by "; ". */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Output::cell).collect(Collectors.joining("; "));
        }
        if (value instanceof Double d) {
            return String.format(java.util.Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }

    /** Cuts a cell longer than {@link #MAX_CELL} and puts it on one line, invisible characters escaped. */
    static String cut(String value) {
        String oneLine = SafeText.escape(value.replaceAll("\\s*\\R\\s*", " "));
        return oneLine.length() <= MAX_CELL ? oneLine : oneLine.substring(0, MAX_CELL - 3) + "...";
    }
}
