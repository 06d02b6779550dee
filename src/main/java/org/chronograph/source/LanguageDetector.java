package org.chronograph.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text without any model: by writing system for Chinese, Japanese, Korean, Arabic,
 * Hindi, Russian, Greek, Hebrew and Thai, and by frequent function words (lists under {@code stopwords/}) for
 * English, French, German, Spanish, Italian, Portuguese and Dutch. Returns {@code null} rather than guess
 * when there is too little text or the evidence is split.
 */
public final class LanguageDetector {
    private static final List<String> WORD_LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl");
    private static final int SAMPLE = 20_000;
    private static final int MIN_SCRIPT_CHARS = 4;
    private static final double MIN_SCORE = 2.0;
    private static final double MIN_RATIO = 1.4;
    private static final double CONFIDENT_RATIO = 3.0;

    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();
    private final Map<String, Integer> sharing = new HashMap<>();

    /** Loads the word lists from the class path. */
    public LanguageDetector() {
        for (String lang : WORD_LANGUAGES) {
            Set<String> words = load("stopwords/" + lang + ".txt");
            stopwords.put(lang, words);
            words.forEach(w -> sharing.merge(w, 1, Integer::sum));
        }
    }

    /**
     * Detects the language of {@code text}.
     *
     * @return an ISO 639-1 code, or {@code null} when the text is too short or ambiguous
     */
    public String detect(CharSequence text) {
        Guess guess = guess(text);
        return guess == null ? null : guess.lang();
    }

    /**
     * Detects the language of {@code text} only when the evidence is strong (a clear script majority, or
     * function words of one language far ahead of any other).
     *
     * @return an ISO 639-1 code, or {@code null}
     */
    public String detectConfidently(CharSequence text) {
        Guess guess = guess(text);
        return guess != null && guess.confident() ? guess.lang() : null;
    }

    private record Guess(String lang, boolean confident) {
    }

    private Guess guess(CharSequence text) {
        CharSequence sample = text.length() > SAMPLE ? text.subSequence(0, SAMPLE) : text;
        Guess byScript = byScript(sample);
        return byScript != null ? byScript : byWords(sample);
    }

    private Guess byScript(CharSequence text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.LATIN) {
                latin++;
            } else {
                counts.merge(script, 1, Integer::sum);
            }
        }
        int han = counts.getOrDefault(UnicodeScript.HAN, 0);
        int kana = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
        UnicodeScript top = null;
        int topCount = 0;
        for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
            int n = e.getKey() == UnicodeScript.HAN || e.getKey() == UnicodeScript.HIRAGANA
                    || e.getKey() == UnicodeScript.KATAKANA ? han + kana : e.getValue();
            if (n > topCount) {
                top = e.getKey();
                topCount = n;
            }
        }
        if (top == null || topCount < MIN_SCRIPT_CHARS) {
            return null;
        }
        // one ideograph carries about as much as a short Latin word
        int weight = han + kana == topCount ? 3 : 1;
        if (topCount * weight < latin) {
            return null;
        }
        String lang = switch (top) {
            case HAN, HIRAGANA, KATAKANA -> kana * 20 >= han + kana ? "ja" : "zh";
            case HANGUL -> "ko";
            case ARABIC -> arabicLanguage(text);
            case DEVANAGARI -> "hi";
            case CYRILLIC -> cyrillicLanguage(text);
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case BENGALI -> "bn";
            case TAMIL -> "ta";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            default -> null;
        };
        return lang == null ? null : new Guess(lang, topCount * weight >= 2 * latin);
    }

    private static String arabicLanguage(CharSequence text) {
        if (containsAny(text, "ٹڈڑںے")) {
            return "ur";
        }
        return containsAny(text, "پچژگ") ? "fa" : "ar";
    }

    private static String cyrillicLanguage(CharSequence text) {
        return containsAny(text, "іїєґІЇЄҐ") ? "uk" : "ru";
    }

    private Guess byWords(CharSequence text) {
        Map<String, Double> scores = new HashMap<>();
        StringBuilder word = new StringBuilder();
        int capitals = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) capitals++;
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                // "AI", "IA", "US": an acronym is no function word, though its letters spell one ("ai" in Italian)
                if (capitals < 2) score(word.toString(), scores);
                word.setLength(0);
                capitals = 0;
            }
        }
        String best = null;
        double bestScore = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            double s = e.getValue();
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || bestScore < MIN_SCORE || bestScore < MIN_RATIO * second) {
            return null;
        }
        return new Guess(best, bestScore >= CONFIDENT_RATIO * second && bestScore >= 2 * MIN_SCORE);
    }

    private void score(String word, Map<String, Double> scores) {
        Integer shared = sharing.get(word);
        if (shared == null) {
            return;
        }
        double weight = 1.0 / shared;
        for (Map.Entry<String, Set<String>> e : stopwords.entrySet()) {
            if (e.getValue().contains(word)) {
                scores.merge(e.getKey(), weight, Double::sum);
            }
        }
    }

    private static boolean containsAny(CharSequence text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = LanguageDetector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            words.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
