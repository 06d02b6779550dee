package org.chronograph.extract.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronograph.ChronographException;

/**
 * Reads existing predictions, as score.py does: a JSON Lines file (one extraction object per line, blank lines
 * skipped) or a folder of {@code *.json} objects. Keyed by the base name of {@code document.file}; a later
 * object with the same key replaces an earlier one.
 */
public final class Predictions {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Predictions() {
    }

    /**
     * The predictions of a file or folder.
     *
     * @throws ChronographException when the path is missing or unreadable, or a line or file is not JSON
     *                              (the message gives the file and line)
     */
    public static Map<String, JsonNode> load(Path path) {
        if (!Files.exists(path)) {
            throw new ChronographException("predictions not found: " + path);
        }
        return Files.isDirectory(path) ? folder(path) : lines(path);
    }

    /** The pairing key of a prediction: the base name of {@code document.file}, else {@code fallback}. */
    public static String key(JsonNode prediction, String fallback) {
        JsonNode file = Py.get(Py.get(prediction, "document"), "file");
        return Gold.baseName(Py.truthy(file) ? Py.str(file) : fallback);
    }

    private static Map<String, JsonNode> lines(Path file) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                line = line.strip();
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1).strip();
                }
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode obj = parse(line, file + ":" + n);
                out.put(key(obj, ""), obj);
            }
        } catch (IOException e) {
            throw new ChronographException("cannot read predictions " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static Map<String, JsonNode> folder(Path dir) {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), GoldSet.CODE_POINT_ORDER)).toList();
        } catch (IOException e) {
            throw new ChronographException("cannot list predictions folder " + dir + ": " + e.getMessage(), e);
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                JsonNode obj = parse(Files.readString(f), f.toString());
                out.put(key(obj, name.substring(0, name.length() - 5)), obj);
            } catch (IOException e) {
                throw new ChronographException("cannot read prediction " + f + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static JsonNode parse(String text, String where) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new ChronographException(where + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
