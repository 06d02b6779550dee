package org.chronograph.extract.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.chronograph.ChronographException;

/** Reads a folder of gold files ({@code <article file name>.json}, see {@code shared/eval/FORMAT.md}). */
public final class GoldSet {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Orders names by code point, as Python's {@code sorted} does (not by UTF-16 unit). */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private GoldSet() {
    }

    /**
     * The gold files of a folder, sorted by file name, optionally only those of one language.
     *
     * @param dir  the folder; only its {@code *.json} files are read
     * @param lang a language code to keep only gold whose {@code document.lang} equals it, or {@code null} for all
     * @throws ChronographException when the folder is missing or unreadable, holds no gold file, or a gold file
     *                              is not JSON or has no {@code document.file}; the message names the culprit
     */
    public static List<Gold> load(Path dir, String lang) {
        if (!Files.exists(dir)) {
            throw new ChronographException("gold folder not found: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new ChronographException("not a folder of gold files: " + dir);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), CODE_POINT_ORDER)).toList();
        } catch (IOException e) {
            throw new ChronographException("cannot list gold folder " + dir + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ChronographException("no gold files (*.json) in " + dir);
        }
        List<Gold> gold = new ArrayList<>();
        for (Path f : files) {
            Gold g = read(f);
            if (lang == null || lang.equals(g.lang())) {
                gold.add(g);
            }
        }
        if (gold.isEmpty()) {
            throw new ChronographException("no gold file in " + dir + " has document.lang '" + lang + "'");
        }
        return gold;
    }

    /** One gold file. */
    static Gold read(Path f) {
        String name = f.getFileName().toString();
        JsonNode json;
        try {
            json = MAPPER.readTree(Files.readString(f));
        } catch (JacksonException e) {
            throw new ChronographException("gold file " + f + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ChronographException("cannot read gold file " + f + ": " + e.getMessage(), e);
        }
        JsonNode doc = json == null ? null : Py.get(json, "document");
        JsonNode file = Py.get(doc, "file");
        if (file == null || !file.isTextual()) {
            throw new ChronographException("gold file " + f + " has no document.file");
        }
        JsonNode lang = Py.get(doc, "lang");
        return new Gold(name, Gold.baseName(file.textValue()), lang != null && lang.isTextual() ? lang.textValue() : null, json);
    }
}
