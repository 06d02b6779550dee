package org.chronograph.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * YAML front matter at the top of a Markdown file, between two {@code ---} lines.
 *
 * @param fields    the top-level scalar fields, as strings, keyed by lower-case name
 * @param bodyStart offset in the text where the Markdown body starts (0 when there is no front matter)
 */
record FrontMatter(Map<String, String> fields, int bodyStart) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final FrontMatter NONE = new FrontMatter(Map.of(), 0);

    FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** The value of the first present, non-blank field among {@code names}, or {@code null}. */
    String first(String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /**
     * Splits the front matter off {@code text} and parses it.
     *
     * @return the fields and where the body starts; no fields when the text has no front matter
     * @throws BadInputException when front matter is opened but never closed, is not valid YAML, or is not a mapping
     */
    static FrontMatter parse(String text) throws BadInputException {
        if (!isDelimiter(text, 0)) {
            return NONE;
        }
        int yamlStart = nextLine(text, 0);
        int pos = yamlStart;
        while (pos < text.length()) {
            if (isDelimiter(text, pos) || text.startsWith("...", pos) && isDelimiterLine(text, pos, '.')) {
                return new FrontMatter(fields(text.substring(yamlStart, pos)), nextLine(text, pos));
            }
            pos = nextLine(text, pos);
        }
        throw new BadInputException("malformed front matter (opening --- is never closed)");
    }

    private static Map<String, String> fields(String yaml) throws BadInputException {
        if (yaml.isBlank()) {
            return Map.of();
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + (at.getLineNr() + 1);
            throw new BadInputException("malformed front matter" + where + " (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new BadInputException("malformed front matter (expected key: value pairs)");
        }
        Map<String, String> fields = new TreeMap<>();
        root.properties().forEach(entry -> {
            JsonNode value = entry.getValue();
            if (value.isValueNode() && !value.isNull()) {
                fields.put(entry.getKey().toLowerCase(Locale.ROOT), value.asText());
            }
        });
        return fields;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        String line = message.strip().lines().findFirst().orElse("invalid YAML");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }

    private static boolean isDelimiter(String text, int pos) {
        return text.startsWith("---", pos) && isDelimiterLine(text, pos, '-');
    }

    private static boolean isDelimiterLine(String text, int pos, char c) {
        int k = pos + 3;
        while (k < text.length() && text.charAt(k) == c) {
            k++;
        }
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k == text.length() || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    private static int nextLine(String text, int pos) {
        int k = text.indexOf('\n', pos);
        return k < 0 ? text.length() : k + 1;
    }
}
