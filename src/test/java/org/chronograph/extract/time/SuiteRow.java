package org.chronograph.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the date suite ({@code /extract/time/date-suite.tsv}): a sentence of ours, its article's publication
 * date, the temporal expression in it and the value (and modifier) the annotation rules give that expression.
 */
record SuiteRow(String dateClass, String lang, LocalDate published, String sentence, String expression,
                String value, String mod, int line) {
    static final String RESOURCE = "/extract/time/date-suite.tsv";

    /** The suite's rows, in file order. */
    static List<SuiteRow> load() {
        try (InputStream in = SuiteRow.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing test resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<SuiteRow> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 6) throw new IllegalArgumentException(RESOURCE + " line " + n + ": expected 6 columns");
                if (!f[3].contains(f[4])) throw new IllegalArgumentException(RESOURCE + " line " + n + ": expression not in sentence");
                String[] v = f[5].strip().split("\\s+");
                rows.add(new SuiteRow(f[0], f[1], LocalDate.parse(f[2]), f[3], f[4], v[0], v.length > 1 ? v[1] : null, n));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Offset of the expression in the sentence. */
    int start() {
        return sentence.indexOf(expression);
    }

    int end() {
        return start() + expression.length();
    }

    @Override
    public String toString() {
        return lang + " " + dateClass + " line " + line + ": " + expression;
    }
}
