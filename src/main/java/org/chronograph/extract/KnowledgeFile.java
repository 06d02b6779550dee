package org.chronograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.ChronographException;

/**
 * The rows of one of the extraction's knowledge files (the gazetteer, lemma rules, rule files, the date words): UTF-8
 * text, one row a line, columns separated by tabs; blank lines and lines starting with {@code #} are skipped. Every
 * file of {@code extract/} is read through here, so each says where a bad line is the same way: {@code file:line}.
 */
public final class KnowledgeFile {
    /**
     * One row: the file it is in, its line number, its columns (trailing empty columns dropped) and the line as written.
     */
    public record Row(String file, int number, List<String> columns, String line) {
        /** Where the row is: {@code file:line}. */
        public String where() {
            return file + ":" + number;
        }

        /** The column at {@code index}, trimmed, or {@code ""} when the row is shorter. */
        public String column(int index) {
            return index < columns.size() ? columns.get(index).trim() : "";
        }

        /** The number of columns. */
        public int size() {
            return columns.size();
        }

        /** An error about this row: {@code file:line: message}. */
        public ChronographException error(String message) {
            return new ChronographException(where() + ": " + message);
        }
    }

    private KnowledgeFile() {
    }

    /** True when the class path has the resource (a path such as {@code extract/fr/words.tsv}). */
    public static boolean bundledExists(String resource) {
        return KnowledgeFile.class.getClassLoader().getResource(resource) != null;
    }

    /**
     * The rows of a bundled resource, each with at least {@code minColumns} columns.
     *
     * @throws ChronographException when the resource is missing or a row is short, naming the file and line
     */
    public static List<Row> bundled(String resource, int minColumns) {
        try (InputStream in = KnowledgeFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ChronographException("missing bundled resource " + resource);
            return read(in, resource, minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The rows of a stream (not closed) named {@code origin} in errors, each with at least {@code minColumns} columns.
     *
     * @throws ChronographException when a row is short, naming the file and line
     */
    public static List<Row> read(InputStream in, String origin, int minColumns) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            Row row = new Row(origin, number, List.of(line.split("\t")), line);
            if (row.size() < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns: " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}
