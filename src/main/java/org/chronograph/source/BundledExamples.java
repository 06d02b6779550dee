package org.chronograph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.chronograph.ChronographException;

/** The example articles bundled in the jar ({@code examples/}, listed in {@code examples/INDEX.txt}). */
public final class BundledExamples {
    private static final String INDEX = "examples/INDEX.txt";

    private BundledExamples() {
    }

    /** The file names of the bundled examples, in index order. */
    public static List<String> names() {
        return new String(bytes(INDEX), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Reads every bundled example with {@code reader}. */
    public static Stream<ReadResult> read(ArticleReader reader) {
        return names().stream().flatMap(name -> reader.read(name, bytes("examples/" + name)));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BundledExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ChronographException("missing bundled resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
