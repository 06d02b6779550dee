package org.chronograph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadOptions;

/**
 * How the executors read and extract: the reader's options and the user's lexicon files, carried by content (the
 * executors do not see the driver's files).
 *
 * @param maxBytes largest file (or JSON Lines record) read
 * @param lang     forced language, or {@code null}
 * @param lexicons the user's lexicon files: name and content
 */
record ExtractorSpec(long maxBytes, String lang, List<Lexicon> lexicons) implements Serializable {

    /** One user lexicon file. */
    record Lexicon(String name, byte[] content) implements Serializable {
        @Override
        public boolean equals(Object o) {
            return o instanceof Lexicon other && name.equals(other.name) && Arrays.equals(content, other.content);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return name + " (" + content.length + " bytes)";
        }
    }

    ExtractorSpec {
        lexicons = List.copyOf(lexicons);
        new ReadOptions(maxBytes, lang, null); // checks them on the driver, before any task starts
    }

    /** The defaults of {@code ingest}: 5 MiB, no forced language, no user lexicon. */
    static ExtractorSpec defaults() {
        return new ExtractorSpec(ReadOptions.DEFAULT_MAX_BYTES, null, List.of());
    }

    /** Reads the lexicon files on the driver. */
    static List<Lexicon> read(List<Path> files) {
        List<Lexicon> lexicons = new ArrayList<>();
        for (Path file : files) {
            try {
                lexicons.add(new Lexicon(String.valueOf(file.getFileName()), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the lexicon " + file + ": " + e.getMessage(), e);
            }
        }
        return lexicons;
    }

    ArticleReader reader() {
        return new ArticleReader(new ReadOptions(maxBytes, lang, null));
    }
}
