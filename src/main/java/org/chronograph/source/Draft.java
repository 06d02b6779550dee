package org.chronograph.source;

import java.time.LocalDate;

/**
 * What one format reader found in an input, before metadata is cleaned and the language settled.
 *
 * @param id           article id (file name or record id)
 * @param source       where it came from, for messages and provenance
 * @param title        raw title or {@code null}
 * @param declaredLang language from metadata (front matter, JSON field, {@code <html lang>}) or {@code null}
 * @param hintLang     language hinted by the file name or {@code null}
 * @param published    publication date or {@code null}
 * @param url          raw URL or {@code null}
 * @param body         the reduced body
 * @param contentHash  SHA-256 hex of the original bytes
 */
record Draft(String id, String source, String title, String declaredLang, String hintLang,
             LocalDate published, String url, Body body, String contentHash) {
}
