package org.chronograph.extract.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of scoring predictions against a gold set: the overall score, one score per language found in
 * the gold (sorted by code; gold without a language under {@link #NO_LANGUAGE}), and every document's score.
 *
 * @param overall   all documents
 * @param languages per language code
 * @param documents per document, in gold file order
 */
public record Evaluation(Score overall, Map<String, Score> languages, List<DocumentScore> documents) {
    /** The language key of gold documents whose {@code document.lang} is missing. */
    public static final String NO_LANGUAGE = "unknown";

    public Evaluation {
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        documents = List.copyOf(documents);
    }
}
