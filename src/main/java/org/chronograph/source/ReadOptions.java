package org.chronograph.source;

import org.chronograph.ChronographException;

/**
 * How to read inputs.
 *
 * @param maxBytes    largest file read, in bytes (for JSON Lines: largest record line); larger inputs become problems
 * @param lang        forced language for every article, overriding metadata and detection; {@code null} for none
 * @param defaultLang language used when no metadata gives one and detection fails; {@code null} to report a problem
 */
public record ReadOptions(long maxBytes, String lang, String defaultLang) {
    /** Default size limit: 5 MiB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /**
     * Validates and normalises the options.
     *
     * @throws ChronographException when {@code maxBytes} is not positive or a language is not a known code
     */
    public ReadOptions {
        if (maxBytes <= 0) {
            throw new ChronographException("maximum size must be positive, got " + maxBytes);
        }
        lang = checkedLanguage(lang, "language");
        defaultLang = checkedLanguage(defaultLang, "default language");
    }

    /** The defaults: 5 MiB, no forced or default language. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_BYTES, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String checkedLanguage(String tag, String what) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String code = LanguageCodes.normalize(tag);
        if (code == null) {
            throw new ChronographException("unknown " + what + " '" + TextChars.cleanMetadata(tag)
                    + "' (use a two-letter code such as en or fr)");
        }
        return code;
    }

    /** Builds {@link ReadOptions}; unset values keep their defaults. */
    public static final class Builder {
        private long maxBytes = DEFAULT_MAX_BYTES;
        private String lang;
        private String defaultLang;

        private Builder() {
        }

        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** Forces the language of every article ({@code --lang}). */
        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        /** Language to assume when nothing else tells it. */
        public Builder defaultLang(String defaultLang) {
            this.defaultLang = defaultLang;
            return this;
        }

        /** @throws ChronographException when a value is invalid */
        public ReadOptions build() {
            return new ReadOptions(maxBytes, lang, defaultLang);
        }
    }
}
