package org.chronograph.web;

import io.javalin.http.BadRequestResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The query parameters of a request, decoded as UTF-8, with typed reads that answer 400 for bad values.
 * A name may repeat ({@code type=release&type=funding}); readers of one value take the last one.
 */
final class Params {
    /** Longest value accepted, in characters. */
    static final int MAX_VALUE = 500;
    /** Most parameters accepted. */
    static final int MAX_PARAMS = 50;

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Parses a raw query string ({@code null} or empty for none).
     *
     * @throws BadRequestResponse for bad percent-encoding, too many parameters or too long a value
     */
    static Params parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            String[] pairs = rawQuery.split("&");
            if (pairs.length > MAX_PARAMS) {
                throw new BadRequestResponse("too many parameters (at most " + MAX_PARAMS + ")");
            }
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (value.length() > MAX_VALUE) {
                    throw new BadRequestResponse(name + ": longer than " + MAX_VALUE + " characters");
                }
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        return new Params(values);
    }

    /**
     * Fails for any parameter not in {@code allowed}, naming it and the allowed ones.
     *
     * @throws BadRequestResponse
     */
    Params allow(Set<String> allowed) {
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequestResponse("unknown parameter '" + name + "'"
                        + (allowed.isEmpty() ? " (this endpoint takes none)" : " (expected: " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
        }
        return this;
    }

    /**
     * The parameters in one canonical text: names in order, each with its values in the order given, so that two
     * requests that ask the same (whatever the order of their parameters) have the same text.
     */
    String canonical() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((name, list) -> list.forEach(value -> text.append(text.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return text.toString();
    }

    /** The last value of {@code name}, stripped, or {@code null} when absent or blank. */
    String string(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return null;
        }
        String value = list.get(list.size() - 1).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * The value of {@code name}.
     *
     * @throws BadRequestResponse when absent or blank
     */
    String required(String name) {
        String value = string(name);
        if (value == null) {
            throw new BadRequestResponse("missing parameter '" + name + "'");
        }
        return value;
    }

    /** Every value of {@code name}, each split on commas, blanks dropped. */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /**
     * {@code true}/{@code false} (also {@code 1}/{@code 0}, {@code yes}/{@code no}); a bare {@code name} is true.
     *
     * @throws BadRequestResponse for another value
     */
    boolean bool(String name, boolean fallback) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return fallback;
        }
        String value = list.get(list.size() - 1).strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new BadRequestResponse(name + ": not true or false: '" + value + "'");
        };
    }

    /**
     * An integer within [{@code min}, {@code max}], or {@code fallback} when absent.
     *
     * @throws BadRequestResponse when not a number or out of range
     */
    int integer(String name, int fallback, int min, int max) {
        String value = string(name);
        if (value == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + ": not a whole number: '" + value + "'");
        }
        if (n < min || n > max) {
            throw new BadRequestResponse(name + ": must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("bad percent-encoding in the query string");
        }
    }
}
