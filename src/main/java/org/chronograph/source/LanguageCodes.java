package org.chronograph.source;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Normalises language tags and names from metadata to ISO 639-1 codes. */
public final class LanguageCodes {
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("hant", "zh"), Map.entry("hans", "zh"),
            Map.entry("eng", "en"), Map.entry("english", "en"),
            Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("french", "fr"),
            Map.entry("français", "fr"), Map.entry("francais", "fr"),
            Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("german", "de"), Map.entry("deutsch", "de"),
            Map.entry("spa", "es"), Map.entry("spanish", "es"), Map.entry("español", "es"),
            Map.entry("ita", "it"), Map.entry("italian", "it"), Map.entry("italiano", "it"),
            Map.entry("por", "pt"), Map.entry("portuguese", "pt"), Map.entry("português", "pt"),
            Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("dutch", "nl"), Map.entry("nederlands", "nl"),
            Map.entry("zho", "zh"), Map.entry("chi", "zh"), Map.entry("chinese", "zh"),
            Map.entry("jpn", "ja"), Map.entry("japanese", "ja"),
            Map.entry("ara", "ar"), Map.entry("arabic", "ar"),
            Map.entry("hin", "hi"), Map.entry("hindi", "hi"),
            Map.entry("rus", "ru"), Map.entry("russian", "ru"),
            Map.entry("kor", "ko"), Map.entry("korean", "ko"));

    private LanguageCodes() {
    }

    /**
     * Normalises a tag such as {@code fr}, {@code fr-FR}, {@code en_US}, {@code zh-Hant}, {@code hant} or
     * {@code French} to an ISO 639-1 code.
     *
     * @return the lower-case two-letter code, or {@code null} when {@code tag} is null or not recognised
     */
    public static String normalize(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String alias = ALIASES.get(t);
        if (alias != null) {
            return alias;
        }
        int dash = t.indexOf('-');
        String primary = dash < 0 ? t : t.substring(0, dash);
        alias = ALIASES.get(primary);
        if (alias != null) {
            return alias;
        }
        return primary.length() == 2 && ISO_639_1.contains(primary) ? primary : null;
    }

    /** Whether {@code code} is a known two-letter code (or {@code hant}/{@code hans}) usable as a file-name hint. */
    static boolean isHint(String code) {
        return code != null && (ISO_639_1.contains(code) || code.equals("hant") || code.equals("hans"));
    }
}
