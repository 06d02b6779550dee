package org.chronograph.extract.time;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chronograph.extract.KnowledgeFile;

/**
 * Nouns that make a number a count rather than a year ("2048 tokens", "1500 employés"), read once from
 * {@code extract/time/count-nouns.txt}.
 */
final class CountNouns {
    private static final String RESOURCE = "extract/time/count-nouns.txt";

    /** A negative lookahead rejecting a following count noun. */
    static final String NOT_FOLLOWED_BY_COUNT_NOUN = "(?!\\s+(?:" + alternation(load()) + ")(?![\\p{L}\\p{N}]))";

    private CountNouns() {
    }

    static List<String> load() {
        return KnowledgeFile.bundled(RESOURCE, 1).stream().map(row -> row.column(0)).toList();
    }

    private static String alternation(List<String> words) {
        return words.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
