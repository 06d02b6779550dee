package org.chronograph.query;

import java.time.LocalDate;
import org.neo4j.driver.Value;

/**
 * An article reporting a fact, with the sentence that states it.
 *
 * @param articleId  the article's id
 * @param title      its title, or {@code null}
 * @param lang       its language
 * @param published  its publication date, or {@code null}
 * @param sentence   the sentence stating the fact, or {@code null}
 * @param confidence the extractor's confidence in the fact, in [0, 1]
 * @param url        the article's address, or {@code null}
 */
public record Report(String articleId, String title, String lang, LocalDate published, String sentence, double confidence,
                     String url) {

    static Report of(Value v) {
        return new Report(v.get("article").asString(null), v.get("title").asString(null), v.get("lang").asString(null),
                v.get("published").isNull() ? null : v.get("published").asLocalDate(), v.get("sentence").asString(null),
                v.get("confidence").asDouble(0.0), v.get("url").asString(null));
    }
}
