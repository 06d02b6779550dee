package org.chronograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.ChronographException;

/** Event trigger patterns per language, from the bundled {@code extract/triggers.tsv}. Immutable. */
final class Triggers {
    /** A trigger found in a sentence: its event type, matched words and character range. */
    record Hit(EventType type, String words, int start, int end) {
    }

    private final Map<String, Map<EventType, Pattern>> byLang;

    private Triggers(Map<String, Map<EventType, Pattern>> byLang) {
        this.byLang = byLang;
    }

    static Triggers bundled() {
        Map<String, Map<EventType, Pattern>> byLang = new java.util.HashMap<>();
        try (InputStream in = Triggers.class.getClassLoader().getResourceAsStream("extract/triggers.tsv")) {
            if (in == null) throw new ChronographException("missing bundled resource extract/triggers.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 3);
                byLang.computeIfAbsent(cols[0], k -> new EnumMap<>(EventType.class))
                        .put(EventType.valueOf(cols[1]), Pattern.compile(cols[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Triggers(Map.copyOf(byLang));
    }

    /** Every trigger in a sentence, in text order; languages without their own rules use English. */
    List<Hit> find(String lang, String sentence) {
        Map<EventType, Pattern> patterns = byLang.getOrDefault(lang, byLang.get("en"));
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<EventType, Pattern> e : patterns.entrySet()) {
            Matcher m = e.getValue().matcher(sentence);
            while (m.find()) hits.add(new Hit(e.getKey(), m.group(), m.start(), m.end()));
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }
}
