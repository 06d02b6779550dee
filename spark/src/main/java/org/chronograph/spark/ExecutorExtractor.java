package org.chronograph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronograph.extract.Extractor;

/**
 * The one {@link Extractor} of this JVM: built lazily by the first task that needs it and shared by every task the
 * executor runs (an Extractor is immutable and thread-safe), so CoreNLP's models load once per executor, not per
 * task or record. A job with other lexicons replaces it.
 */
final class ExecutorExtractor {
    private static List<ExtractorSpec.Lexicon> builtFor;
    private static Extractor extractor;
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private ExecutorExtractor() {
    }

    /** The extractor for these settings, built on first use. */
    static synchronized Extractor get(ExtractorSpec spec) {
        // only the lexicons make one extractor differ from another
        if (extractor == null || !spec.lexicons().equals(builtFor)) {
            extractor = new Extractor(lexiconFiles(spec.lexicons()));
            builtFor = spec.lexicons();
            BUILDS.incrementAndGet();
        }
        return extractor;
    }

    /** How many extractors this JVM has built: for tests, and the job's summary in local mode. */
    static int builds() {
        return BUILDS.get();
    }

    private static List<Path> lexiconFiles(List<ExtractorSpec.Lexicon> lexicons) {
        if (lexicons.isEmpty()) {
            return List.of();
        }
        try {
            Path dir = Files.createTempDirectory("chronograph-lexicons");
            dir.toFile().deleteOnExit();
            List<Path> files = new ArrayList<>();
            int i = 0;
            for (ExtractorSpec.Lexicon lexicon : lexicons) {
                Path file = dir.resolve((i++) + "-" + lexicon.name().replaceAll("[^A-Za-z0-9._-]", "_"));
                Files.write(file, lexicon.content());
                file.toFile().deleteOnExit();
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lexicons for the extractor: " + e.getMessage(), e);
        }
    }
}
