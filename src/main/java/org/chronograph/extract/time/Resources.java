package org.chronograph.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the time package's tab-separated knowledge files from the class path ({@code /extract/time/<lang>/...}). */
final class Resources {
    private Resources() {
    }

    /**
     * The rows of a file, split on tabs; blank lines and lines starting with {@code #} are skipped.
     *
     * @param path    class-path resource, e.g. {@code /extract/time/en/tense.tsv}
     * @param columns the number of columns each row must have at least
     * @throws IllegalStateException when the file is missing or a row is short, naming the file and line
     */
    static List<String[]> rows(String path, int columns) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < columns) {
                    throw new IllegalStateException(path + " line " + n + ": expected " + columns + " tab-separated columns");
                }
                out.add(f);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The folder of a language's files: "fr" for French, "en" for everything else. */
    static String folder(String language) {
        return "fr".equals(language) ? "fr" : "en";
    }
}
