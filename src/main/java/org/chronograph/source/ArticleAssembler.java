package org.chronograph.source;

/**
 * Turns a {@link Draft} into an {@link Article}: cleans metadata and settles the language, in this order:
 * the forced option, the metadata, the file-name hint (unless the text is clearly in another language),
 * detection, then the default option.
 */
final class ArticleAssembler {
    private static final int MAX_TITLE = 500;

    private final ReadOptions options;
    private final LanguageDetector detector;

    ArticleAssembler(ReadOptions options, LanguageDetector detector) {
        this.options = options;
        this.detector = detector;
    }

    /** @throws BadInputException when the body is empty or the language cannot be settled */
    Article assemble(Draft draft) throws BadInputException {
        String id = TextChars.cleanMetadata(draft.id());
        if (id == null) {
            throw new BadInputException("missing id");
        }
        if (draft.body().text().isBlank()) {
            throw new BadInputException("no article text");
        }
        String lang = language(draft);
        return new Article(id, draft.source(), title(draft.title()), lang, draft.published(),
                url(draft.url()), draft.body(), draft.contentHash());
    }

    private String language(Draft draft) throws BadInputException {
        if (options.lang() != null) {
            return options.lang();
        }
        String declared = LanguageCodes.normalize(draft.declaredLang());
        if (declared != null) {
            return declared;
        }
        String hint = LanguageCodes.normalize(draft.hintLang());
        String text = draft.body().text();
        if (hint != null) {
            String clearly = detector.detectConfidently(text);
            return clearly == null ? hint : clearly;
        }
        String detected = detector.detect(text);
        if (detected != null) {
            return detected;
        }
        if (options.defaultLang() != null) {
            return options.defaultLang();
        }
        throw new BadInputException("undetectable language (use --lang)");
    }

    private static String title(String raw) {
        String title = TextChars.cleanMetadata(raw);
        if (title != null && title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE);
        }
        return title;
    }

    private static String url(String raw) {
        String url = TextChars.cleanMetadata(raw);
        return url == null || url.indexOf(' ') >= 0 ? null : url;
    }
}
