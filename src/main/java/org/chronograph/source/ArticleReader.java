package org.chronograph.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads articles from files and folders: the entry point of the {@code source} stage.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(ReadOptions.builder().defaultLang("en").build());
 * try (Stream<ReadResult> results = reader.read(List.of(Path.of("corpus")))) {
 *     results.forEach(result -> {
 *         switch (result) {
 *             case ReadResult.Ok(Article article) -> extract(article);
 *             case InputProblem problem -> System.err.println(problem); // "corpus/a.md: empty file"
 *         }
 *     });
 * }
 * }</pre>
 *
 * Results come lazily, in a deterministic order (arguments as given, folder contents sorted by name,
 * JSON Lines records in file order), so a large corpus is never held in memory. A bad input becomes an
 * {@link InputProblem} in the stream and reading goes on. A second article with an id already read in the
 * same call becomes a problem too. Body offsets refer to the decoded file text (for JSON Lines: to the
 * record's {@code text} value); content hashes are SHA-256 of the file bytes (for JSON Lines: of the line).
 */
public final class ArticleReader {
    private final ReadOptions options;
    private final ArticleAssembler assembler;

    /** A reader with the given options. */
    public ArticleReader(ReadOptions options) {
        this.options = options;
        this.assembler = new ArticleAssembler(options, new LanguageDetector());
    }

    /** A reader with {@link ReadOptions#defaults()}. */
    public ArticleReader() {
        this(ReadOptions.defaults());
    }

    /** Same as {@link #read(List)}. */
    public Stream<ReadResult> read(Path... paths) {
        return read(List.of(paths));
    }

    /**
     * Reads every article in {@code paths}: files of a supported type ({@code .md .markdown .txt .html .htm
     * .jsonl .json}) and folders, recursively. Close the stream when you stop before its end.
     *
     * @return a lazy, sequential stream of articles and problems; never throws for bad input
     */
    public Stream<ReadResult> read(List<Path> paths) {
        ResultChain chain = new ResultChain(new InputWalker(paths), this::readInput);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(chain::close);
    }

    /**
     * Reads one document held in memory, such as an upload; the extension of {@code name} picks the format.
     *
     * @return the articles (several for JSON Lines) and problems
     */
    public Stream<ReadResult> read(String name, byte[] content) {
        FileFormat format = FileFormat.of(name);
        if (format == null) {
            return Stream.of(unsupported(name));
        }
        if (format == FileFormat.JSON_LINES) {
            JsonLinesReader reader = jsonLines(new ByteArrayInputStream(content), name);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED), false)
                    .onClose(reader::close);
        }
        if (content.length > options.maxBytes()) {
            return Stream.of(tooLarge(name, content.length));
        }
        return Stream.of(document(format, name, name, content));
    }

    /**
     * Reads one input opened elsewhere (a file on HDFS or S3, say), as {@link #read(List)} reads a file: the last
     * segment of {@code source} picks the format and gives a document its id and file-name date; JSON Lines are read
     * lazily, one record at a time; {@code source} names the input in problems and provenance. Closing the stream
     * closes {@code in}.
     *
     * @param source the input's path as the user named it ({@code hdfs://nn/corpus/a.md}, {@code notes/a.md})
     * @param size   the input's length in bytes when known (a larger document than the limit is not read), else -1
     * @return a lazy stream of articles and problems; never throws for bad input
     */
    public Stream<ReadResult> read(String source, InputStream in, long size) {
        String name = FileNames.lastSegment(source);
        FileFormat format = FileFormat.of(name);
        if (format == null) {
            closeQuietly(in);
            return Stream.of(unsupported(source));
        }
        if (format == FileFormat.JSON_LINES) {
            JsonLinesReader reader = jsonLines(in instanceof BufferedInputStream ? in : new BufferedInputStream(in), source);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED), false)
                    .onClose(reader::close);
        }
        try (in) {
            if (size > options.maxBytes()) {
                return Stream.of(tooLarge(source, size));
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (bytes.length > options.maxBytes()) {
                return Stream.of(tooLarge(source, Math.max(size, bytes.length)));
            }
            return Stream.of(document(format, name, source, bytes));
        } catch (IOException e) {
            return Stream.of(new InputProblem(source, null, cannotRead(e)));
        }
    }

    /** True when a file of this name is read ({@code .md .markdown .txt .html .htm .jsonl .json}, any case). */
    public static boolean readsFileNamed(String fileName) {
        return FileFormat.of(fileName) != null;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }

    /** Reads everything into a list: for small inputs and tests. */
    public List<ReadResult> readAll(List<Path> paths) {
        try (Stream<ReadResult> results = read(paths)) {
            return results.toList();
        }
    }

    private Iterator<ReadResult> readInput(InputWalker.Input input) {
        Path path = input.path();
        String source = path.toString();
        if (input.problem() != null) {
            return one(new InputProblem(source, null, input.problem()));
        }
        Path fileName = path.getFileName();
        String name = fileName == null ? source : fileName.toString();
        FileFormat format = FileFormat.of(name);
        try {
            if (!Files.exists(path)) {
                return one(new InputProblem(source, null, "no such file or folder"));
            }
            if (!Files.isRegularFile(path)) {
                return one(new InputProblem(source, null, "not a regular file"));
            }
            if (format == null) {
                return one(unsupported(source));
            }
            if (format == FileFormat.JSON_LINES) {
                return jsonLines(new BufferedInputStream(Files.newInputStream(path)), source);
            }
            long size = Files.size(path);
            if (size > options.maxBytes()) {
                return one(tooLarge(source, size));
            }
            byte[] bytes = Files.readAllBytes(path);
            if (bytes.length > options.maxBytes()) {
                return one(tooLarge(source, bytes.length));
            }
            return one(document(format, name, source, bytes));
        } catch (IOException | SecurityException e) {
            return one(new InputProblem(source, null, cannotRead(e)));
        }
    }

    private static Iterator<ReadResult> one(ReadResult result) {
        return List.of(result).iterator();
    }

    private ReadResult document(FileFormat format, String name, String source, byte[] bytes) {
        try {
            return new ReadResult.Ok(assembler.assemble(DocumentReader.read(format, name, source, bytes)));
        } catch (BadInputException e) {
            return new InputProblem(source, null, e.getMessage());
        } catch (RuntimeException e) {
            // a reducer bug must not stop the batch; the message still names the input
            return new InputProblem(source, null, "cannot reduce this document (" + e.getClass().getSimpleName() + ")");
        }
    }

    private JsonLinesReader jsonLines(InputStream in, String source) {
        return new JsonLinesReader(in, source, options.maxBytes(), assembler);
    }

    private static InputProblem unsupported(String source) {
        return new InputProblem(source, null, "unsupported file type (expected " + FileFormat.describe() + ")");
    }

    private InputProblem tooLarge(String source, long size) {
        return new InputProblem(source, null, "too large (" + size(size) + "; limit " + size(options.maxBytes()) + ")");
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String cannotRead(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read (permission denied)";
        }
        String message = e.getMessage();
        return "cannot read (" + (message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("")) + ")";
    }
}
