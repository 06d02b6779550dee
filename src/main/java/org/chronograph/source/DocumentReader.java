package org.chronograph.source;

import java.time.LocalDate;

/** Reads one whole document (Markdown, plain text or HTML) from its bytes into a {@link Draft}. */
final class DocumentReader {
    private DocumentReader() {
    }

    /**
     * Decodes and reduces one document.
     *
     * @param name   the file name: the article id, and the source of date and language hints
     * @param source the path, for provenance
     * @throws BadInputException when the bytes are not text or the markup is unusable
     */
    static Draft read(FileFormat format, String name, String source, byte[] bytes) throws BadInputException {
        String text = TextDecoder.decode(bytes);
        String hash = Hashes.sha256(bytes);
        String hint = FileNames.langHint(name);
        LocalDate fileDate = FileNames.date(name);
        return switch (format) {
            case MARKDOWN -> {
                FrontMatter front = FrontMatter.parse(text);
                MarkdownReader.Reading reduced = MarkdownReader.read(text, front.bodyStart());
                String title = front.first("title");
                LocalDate date = Dates.parse(front.first("date", "published", "published_at", "pubdate"));
                yield new Draft(name, source, title != null ? title : reduced.firstTitle(),
                        front.first("lang", "language", "locale"), hint, date != null ? date : fileDate,
                        front.first("url", "canonical_url", "canonical", "source_url"), reduced.body(), hash);
            }
            case TEXT -> {
                PlainTextReducer.Reduction reduced = PlainTextReducer.reduce(text);
                yield new Draft(name, source, reduced.title(), null, hint, fileDate, null, reduced.body(), hash);
            }
            case HTML -> {
                HtmlReader.Page page = HtmlReader.read(text);
                LocalDate date = Dates.parse(page.date());
                yield new Draft(name, source, page.title(), page.lang(), hint, date != null ? date : fileDate,
                        page.url(), page.body(), hash);
            }
            case JSON_LINES -> throw new IllegalArgumentException("JSON Lines are read record by record");
        };
    }
}
