package org.chronograph.source;

import java.util.Arrays;
import java.util.List;

/** The input formats, chosen by file extension. */
enum FileFormat {
    MARKDOWN("md", "markdown"),
    TEXT("txt"),
    HTML("html", "htm"),
    JSON_LINES("jsonl", "json");

    private final List<String> extensions;

    FileFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format for {@code fileName}'s extension (any case), or {@code null} when unsupported. */
    static FileFormat of(String fileName) {
        String ext = FileNames.extension(fileName);
        for (FileFormat format : values()) {
            if (format.extensions.contains(ext)) {
                return format;
            }
        }
        return null;
    }

    /** All supported extensions, with dots, for messages: {@code .md, .markdown, ...}. */
    static String describe() {
        return String.join(", ", Arrays.stream(values())
                .flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList());
    }
}
