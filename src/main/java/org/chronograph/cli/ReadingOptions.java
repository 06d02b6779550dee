package org.chronograph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.extract.Extractor;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadOptions;
import picocli.CommandLine.Option;

/** Options of the commands that read and extract articles ({@code extract}, {@code ingest}, {@code eval}). */
public final class ReadingOptions {

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Treat every article as this language (en, fr), whatever its metadata says.")
    String lang;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5242880",
            description = "Skip files larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra gazetteer entries (TYPE<TAB>NAME<TAB>ALIASES|...<TAB>FLAGS); repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--model", paramLabel = "DIR",
            description = "Type entities with this model (written by 'chronograph train --out DIR') instead of the bundled one.")
    Path model;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fail-fast", description = "Stop at the first input that fails.")
    boolean failFast;

    /** A reader configured from the options. */
    public ArticleReader reader() {
        return new ArticleReader(ReadOptions.builder().maxBytes(maxBytes).lang(lang).build());
    }

    /** An extractor with the bundled gazetteer and the user's lexicons, typing with the user's model if given. */
    public Extractor extractor() {
        return new Extractor(lexicons, model);
    }

    public int threads() {
        return threads;
    }

    public boolean failFast() {
        return failFast;
    }
}
