package org.chronograph.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Nouns that make a number a count rather than a year ("2048 tokens", "1500 employés"), read once from
 * {@code extract/time/count-nouns.txt}.
 */
final class CountNouns {
    private static final String RESOURCE = "/extract/time/count-nouns.txt";

    /** A negative lookahead rejecting a following count noun. */
    static final String NOT_FOLLOWED_BY_COUNT_NOUN = "(?!\\s+(?:" + alternation(load()) + ")(?![\\p{L}\\p{N}]))";

    private CountNouns() {
    }

    static List<String> load() {
        try (InputStream in = CountNouns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static String alternation(List<String> words) {
        return words.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
