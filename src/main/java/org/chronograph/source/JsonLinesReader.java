package org.chronograph.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a JSON Lines file lazily, one record per line: {@code {"id","url","title","published","lang","text"}}.
 * {@code text} is reduced as Markdown; a broken line becomes a problem naming its line number and reading goes on.
 * Each record's hash is the SHA-256 of its line's bytes; its body offsets refer to the {@code text} value.
 */
final class JsonLinesReader implements Iterator<ReadResult>, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final String source;
    private final long maxLineBytes;
    private final ArticleAssembler assembler;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private ReadResult next;
    private int lineNumber;
    private long offset;
    private boolean sawRecord;
    private boolean done;

    JsonLinesReader(InputStream in, String source, long maxLineBytes, ArticleAssembler assembler) {
        this.in = in;
        this.source = source;
        this.maxLineBytes = maxLineBytes;
        this.assembler = assembler;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one line; returns its result, or {@code null} for a blank line. */
    private ReadResult advance() {
        long lineOffset = offset;
        boolean tooLong;
        try {
            tooLong = readLine();
        } catch (IOException e) {
            done = true;
            return new InputProblem(source, lineNumber == 0 ? null : lineNumber, "cannot read: " + e.getMessage());
        }
        if (done && lineNumber == 0 && line.size() == 0) {
            return new InputProblem(source, null, "empty file");
        }
        lineNumber++;
        if (tooLong) {
            return problem("record too large (limit " + maxLineBytes + " bytes)");
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
            if (done && !sawRecord) {
                return new InputProblem(source, null, "empty file");
            }
            return null;
        }
        if (lineNumber == 1 && firstNonBlank(bytes) == '[') {
            done = true;
            return new InputProblem(source, null, "a JSON array is not JSON Lines (write one object per line)");
        }
        sawRecord = true;
        try {
            return new ReadResult.Ok(assembler.assemble(record(bytes, lineOffset)));
        } catch (BadInputException e) {
            return problem(e.getMessage());
        }
    }

    private Draft record(byte[] bytes, long lineOffset) throws BadInputException {
        String text = TextDecoder.decode(bytes, lineOffset);
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BadInputException("broken JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException("not a JSON object");
        }
        String id = field(node, "id");
        if (id == null || TextChars.cleanMetadata(id) == null) {
            throw new BadInputException("missing id");
        }
        String body = field(node, "text");
        if (body == null || body.isBlank()) {
            throw new BadInputException("missing text");
        }
        MarkdownReader.Reading reduction = MarkdownReader.read(body, 0);
        String title = field(node, "title");
        String published = field(node, "published");
        return new Draft(id, source + ":" + lineNumber, title != null ? title : reduction.firstTitle(),
                field(node, "lang"), null, Dates.parse(published != null ? published : field(node, "date")),
                field(node, "url"), reduction.body(), Hashes.sha256(bytes));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** Reads bytes up to the next newline into {@code line}; returns whether the line exceeded the limit. */
    private boolean readLine() throws IOException {
        line.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0) {
            offset++;
            if (b == '\n') {
                return tooLong;
            }
            if (line.size() < maxLineBytes) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        done = true;
        return tooLong;
    }

    private InputProblem problem(String message) {
        return new InputProblem(source, lineNumber, message);
    }

    private static boolean isBlank(byte[] bytes) {
        return firstNonBlank(bytes) < 0;
    }

    private static int firstNonBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }

    private static String firstLine(String message) {
        String line = message == null ? "invalid JSON" : message.strip().lines().findFirst().orElse("invalid JSON");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
