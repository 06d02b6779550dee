package org.chronograph.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from a source: its metadata and its body reduced to clean text.
 *
 * @param id          stable identifier: the file name for files, the {@code id} field for JSON Lines records
 * @param source      where it came from (path, or path and line for JSON Lines), for messages and provenance
 * @param title       title from front matter or markup; may be {@code null}
 * @param lang        ISO 639-1 language code ({@code en}, {@code fr}, ...); never {@code null}
 * @param published   publication date; may be {@code null} when no source gives one
 * @param url         canonical address when known; may be {@code null}
 * @param body        the clean text with its map back to the original characters
 * @param contentHash SHA-256 of the original content, hex
 */
public record Article(String id, String source, String title, String lang, LocalDate published,
                      String url, Body body, String contentHash) implements java.io.Serializable {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(body, "body");
    }
}
