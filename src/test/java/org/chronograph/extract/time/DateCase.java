package org.chronograph.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a case file: a sentence, its article's publication date, sentences read before it, and the
 * mentions expected in it.
 */
record DateCase(String sentence, LocalDate published, List<String> prior, List<Expected> expected, int line) {

    /** One expected mention: value, modifier (or null) and surface text (or null when not checked). */
    record Expected(String value, String mod, String text) {
        @Override
        public String toString() {
            return value + (mod == null ? "" : " " + mod) + (text == null ? "" : " @" + text);
        }
    }

    /** Reads a case file from the test classpath; lines starting with # and blank lines are skipped. */
    static List<DateCase> load(String resource) {
        try (InputStream in = DateCase.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            List<DateCase> cases = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                cases.add(parse(line, n));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DateCase parse(String line, int n) {
        String[] f = line.split(" \\| ");
        if (f.length != 4) throw new IllegalArgumentException("line " + n + ": expected 4 fields: " + line);
        LocalDate published = f[1].strip().equals("-") ? null : LocalDate.parse(f[1].strip());
        List<String> prior = f[2].strip().equals("-") ? List.of()
                : Arrays.stream(f[2].split(" // ")).map(String::strip).toList();
        List<Expected> expected = f[3].strip().equals("-") ? List.of()
                : Arrays.stream(f[3].split(" ; ")).map(DateCase::expected).toList();
        return new DateCase(f[0].strip(), published, prior, expected, n);
    }

    private static Expected expected(String item) {
        String s = item.strip();
        String text = null;
        int at = s.indexOf('@');
        if (at >= 0) {
            text = s.substring(at + 1);
            s = s.substring(0, at).strip();
        }
        String[] parts = s.split("\\s+");
        return new Expected(parts[0], parts.length > 1 ? parts[1] : null, text);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + sentence;
    }
}
