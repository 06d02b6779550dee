package org.chronograph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One gold annotation file.
 *
 * @param source the gold file's name ({@code <article file name>.json})
 * @param file   the article it annotates: base name of {@code document.file}, the pairing key
 * @param lang   {@code document.lang}, or {@code null} when absent or not text
 * @param json   the whole annotation
 */
public record Gold(String source, String file, String lang, JsonNode json) {
    public Gold {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(json, "json");
    }

    /** The base name of a path as Python's {@code os.path.basename} gives it: what follows the last '/'. */
    public static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
