package org.chronograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;

/**
 * The text file a learned part's weights live in: {@code # } header lines (how it was trained), one of them
 * {@code # KEY value} for its threshold, then one {@code FEATURE<TAB>LABEL<TAB>WEIGHT} row per non-zero weight, sorted
 * by feature then label, so that a retrained model can be compared with the shipped one byte for byte.
 *
 * @param header    the header lines, without their {@code # }
 * @param threshold the threshold's value
 * @param rows      the weights, with the line each was read from (0 when not read)
 */
record WeightsFile(List<String> header, double threshold, List<WeightsFile.Row> rows) {

    /** One weight; {@code line} is where it was read, for error messages. */
    record Row(String feature, String label, double weight, int line) {
    }

    /** The rows of weights by feature, then label, both already sorted. */
    static List<Row> rows(Map<String, ? extends Map<String, Double>> byFeature) {
        List<Row> rows = new ArrayList<>();
        byFeature.forEach((f, labels) -> labels.forEach((l, w) -> rows.add(new Row(f, l, w, 0))));
        return rows;
    }

    /**
     * Reads a weights file.
     *
     * @param origin       named in error messages (a path or a resource)
     * @param thresholdKey the threshold's header key, with its colon and space ("threshold: ")
     * @param threshold    the threshold when the file gives none
     * @throws ChronographException for a malformed row or threshold, or a file without weights
     */
    static WeightsFile read(InputStream in, String origin, String thresholdKey, double threshold) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                String h = line.substring(1).strip();
                if (h.startsWith(thresholdKey)) {
                    threshold = number(h.substring(thresholdKey.length()).strip(), origin, number);
                } else {
                    header.add(h);
                }
                continue;
            }
            if (line.isBlank()) continue;
            String[] cols = line.split("\t");
            if (cols.length != 3) throw new ChronographException(origin + ":" + number + ": expected FEATURE<TAB>LABEL<TAB>WEIGHT");
            rows.add(new Row(cols[0], cols[1], number(cols[2], origin, number), number));
        }
        if (rows.isEmpty()) throw new ChronographException(origin + ": no weights");
        return new WeightsFile(List.copyOf(header), threshold, List.copyOf(rows));
    }

    /** Writes the file as {@code dir/name}, creating the folder. */
    void write(Path dir, String name, String thresholdKey) {
        try {
            Files.createDirectories(dir);
            try (Writer out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                for (String h : header) out.write("# " + h + "\n");
                out.write("# " + thresholdKey + threshold + "\n");
                for (Row r : rows) out.write(r.feature() + "\t" + r.label() + "\t" + r.weight() + "\n");
            }
        } catch (IOException e) {
            throw new ChronographException("cannot write model to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A model bundled in the jar, read by {@code reader}. */
    static <T> T bundled(String resource, Reader<T> reader) {
        try (InputStream in = WeightsFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ChronographException("missing bundled resource " + resource);
            return reader.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model file {@code name} in a folder written by {@code chronograph train --out DIR} (or the file itself), read
     * by {@code reader}, or {@code null} when there is none.
     */
    static <T> T inFolder(Path dir, String name, Reader<T> reader) {
        Path file = Files.isDirectory(dir) ? dir.resolve(name) : dir;
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file.toString());
        } catch (IOException e) {
            throw new ChronographException("cannot read model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model from a stream. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in, String origin) throws IOException;
    }

    private static double number(String text, String origin, int line) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ChronographException(origin + ":" + line + ": not a number: '" + text + "'");
        }
    }
}
