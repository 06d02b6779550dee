package org.chronograph.query;

import java.time.LocalDate;
import java.util.List;

/**
 * An article that mentions an entity: how many times, and the sentences that do.
 *
 * @param articleId the article's id
 * @param title     its title, or {@code null}
 * @param lang      its language
 * @param published its publication date, or {@code null}
 * @param url       its address, or {@code null}
 * @param mentions  how many times it names the entity
 * @param sentences the sentences that name it, in article order
 */
public record Mentioning(String articleId, String title, String lang, LocalDate published, String url, long mentions,
                         List<Sentence> sentences) {
    public Mentioning {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence of an article.
     *
     * @param index its index in the article (0-based)
     * @param text  its text; empty when the article was loaded before articles kept their sentences (re-ingest it
     *              with {@code --force})
     */
    public record Sentence(long index, String text) {
    }
}
