package org.chronograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronograph.ChronographException;

/**
 * Word lists that type entities from context (bundled data files {@code extract/cues.tsv} and
 * {@code extract/given-names.txt}). Immutable; safe to share.
 */
final class Cues {
    private final Map<String, Set<String>> lists;
    private final Set<String> givenNames;

    private Cues(Map<String, Set<String>> lists, Set<String> givenNames) {
        this.lists = lists;
        this.givenNames = givenNames;
    }

    static Cues bundled() {
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : lines("extract/cues.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2) throw new ChronographException("extract/cues.tsv: malformed line: " + line);
            Set<String> words = new HashSet<>();
            for (String w : cols[1].split("\\|")) words.add(w.trim().toLowerCase(Locale.ROOT));
            lists.put(cols[0], Set.copyOf(words));
        }
        Set<String> names = new HashSet<>();
        for (String line : lines("extract/given-names.txt")) names.addAll(Arrays.asList(line.trim().split("\\s+")));
        return new Cues(Map.copyOf(lists), Set.copyOf(names));
    }

    private static java.util.List<String> lines(String resource) {
        try (InputStream in = Cues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ChronographException("missing bundled resource " + resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code word} (any case) is in the named list. */
    boolean is(String list, String word) {
        Set<String> words = lists.get(list);
        return words != null && words.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre", "sept", "oct", "nov", "dec", "jan", "feb", "mar", "apr", "aug");

    /** True for a month name or abbreviation in English or French, any case. */
    boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }
}
