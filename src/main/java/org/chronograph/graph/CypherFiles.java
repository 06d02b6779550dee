package org.chronograph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chronograph.ChronographException;

/** Cypher statements kept as files under {@code cypher/} on the class path, each read once and cached. */
public final class CypherFiles {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {
    }

    /**
     * The text of {@code cypher/NAME.cypher}, read as UTF-8.
     *
     * @throws ChronographException naming the file when it is not on the class path
     */
    public static String get(String name) {
        return CACHE.computeIfAbsent(name, CypherFiles::read);
    }

    /**
     * The statements of {@code cypher/NAME.cypher}, split on {@code ;} at the end of a line, without
     * {@code //} comment lines or blank statements.
     */
    public static List<String> statements(String name) {
        String withoutComments = get(name).lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ChronographException("missing Cypher file " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ChronographException("cannot read Cypher file " + path + ": " + e.getMessage(), e);
        }
    }
}
