package org.chronograph.query;

import java.time.LocalDate;

/**
 * A sentence of an article that names some entities: the provenance of a mention or of a co-mention.
 *
 * @param articleId the article's id
 * @param title     its title, or {@code null}
 * @param lang      its language
 * @param published its publication date, or {@code null}
 * @param url       its address, or {@code null}
 * @param index     the sentence's index in the article (0-based)
 * @param text      the sentence; empty when the article was loaded without its sentences (re-ingest with --force)
 */
public record SharedSentence(String articleId, String title, String lang, LocalDate published, String url, long index,
                             String text) {
}
