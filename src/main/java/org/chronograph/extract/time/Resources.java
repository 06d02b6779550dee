package org.chronograph.extract.time;

/**
 * Where the time package's knowledge files are: {@code extract/time/<folder>/...} on the class path, read through
 * {@link org.chronograph.extract.KnowledgeFile}.
 */
final class Resources {
    private Resources() {
    }

    /** The folder of a language's files: "fr" for French, "en" for everything else. */
    static String folder(String language) {
        return "fr".equals(language) ? "fr" : "en";
    }
}
