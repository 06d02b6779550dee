package org.chronograph.source;

import java.util.Objects;

/**
 * An input that could not be read as an article, with a one-line reason fit to show a user.
 * Reading goes on after a problem; the problem takes the place of the article in the results.
 *
 * @param source  the path (or name) of the input, as given
 * @param line    the 1-based line of a JSON Lines record, or {@code null} for a whole file
 * @param message the reason, without the source ({@code not UTF-8 (invalid byte at offset 1234)})
 */
public record InputProblem(String source, Integer line, String message) implements ReadResult {
    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /** The problem of an article whose id was already read from {@code firstSource} in the same run. */
    public static InputProblem duplicateId(Article article, String firstSource) {
        return new InputProblem(article.source(), null,
                "duplicate id '" + article.id() + "' (already read from " + firstSource + ")");
    }

    /** The problem on one line: {@code a.md: empty file}, {@code b.jsonl: line 3: missing id}. */
    @Override
    public String toString() {
        return source + (line == null ? "" : ": line " + line) + ": " + message;
    }
}
