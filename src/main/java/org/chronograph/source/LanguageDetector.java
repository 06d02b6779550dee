package org.chronograph.source;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the language of a text with Lingua (n-gram models), over the languages Chronograph reads: English and
 * French (full pipeline), and those the basic pipeline handles (German, Spanish, Italian, Portuguese, Dutch,
 * Chinese, Japanese, Korean, Arabic, Persian, Urdu, Hindi, Russian, Ukrainian, Greek, Hebrew, Thai, Bengali, Tamil,
 * Armenian, Georgian). Lingua runs in low-accuracy mode (trigram models only, about 20 MB next to CoreNLP's
 * gigabytes, loaded on first use): on article bodies and single sentences it is as right as the high-accuracy
 * mode, which needs about 400 MB (figures in the README). Returns {@code null} rather than guess when the runner-up
 * language is nearly as likely, or when a short text in a cased script has fewer than two lower-case words (names
 * alone, "Quillon Labs 2025", say nothing of a language). Thread-safe; the models are shared by all instances.
 */
public final class LanguageDetector {
    /** The languages detection chooses among: those Chronograph reads. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl", "zh", "ja", "ko", "ar", "fa",
            "ur", "hi", "ru", "uk", "el", "he", "th", "bn", "ta", "hy", "ka");
    /** Runner-up confidence relative to the best at or above which the text is too close to call. */
    private static final double TOO_CLOSE = 0.95;
    /** Runner-up confidence relative to the best at or below which detection is confident enough to overrule a hint. */
    private static final double CLEAR = 0.8;
    /** Letters below which a text in a cased script must show ordinary (lower-case) words. */
    private static final int SHORT = 20;
    /** Letters a text needs before detection may overrule the file name's hint. */
    private static final int CONFIDENT_LETTERS = 40;
    private static final int SAMPLE = 20_000;

    private static final class Shared {
        static final com.github.pemistahl.lingua.api.LanguageDetector LINGUA = LanguageDetectorBuilder
                .fromIsoCodes639_1(LANGUAGES.stream().map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
                        .toArray(IsoCode639_1[]::new))
                .withLowAccuracyMode()
                .build();
    }

    private record Guess(String lang, double runnerUp) {
    }

    /**
     * Detects the language of {@code text}.
     *
     * @return an ISO 639-1 code, or {@code null} when the text is too short or ambiguous
     */
    public String detect(CharSequence text) {
        Guess guess = guess(text);
        return guess == null || guess.runnerUp() >= TOO_CLOSE ? null : guess.lang();
    }

    /**
     * Detects the language of {@code text} only when the evidence is strong: enough text, and no other language
     * close behind.
     *
     * @return an ISO 639-1 code, or {@code null}
     */
    public String detectConfidently(CharSequence text) {
        Guess guess = guess(text);
        return guess == null || guess.runnerUp() > CLEAR || letters(text) < CONFIDENT_LETTERS ? null : guess.lang();
    }

    private static Guess guess(CharSequence text) {
        String sample = (text.length() > SAMPLE ? text.subSequence(0, SAMPLE) : text).toString();
        if (letters(sample) < SHORT && namesOnly(sample)) {
            return null;
        }
        SortedMap<Language, Double> confidences;
        synchronized (Shared.LINGUA) {
            confidences = Shared.LINGUA.computeLanguageConfidenceValues(sample);
        }
        Language best = null;
        double top = 0;
        double second = 0;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            double v = e.getValue();
            if (v > top) {
                second = top;
                top = v;
                best = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        if (best == null || top <= 0 || best == Language.UNKNOWN) {
            return null;
        }
        return new Guess(best.getIsoCode639_1().name().toLowerCase(Locale.ROOT), second / top);
    }

    private static int letters(CharSequence text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** A text in a cased script with fewer than two lower-case words: names, acronyms and numbers. */
    private static boolean namesOnly(String text) {
        int cased = 0;
        int uncased = 0;
        int lower = 0;
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String low = word.toLowerCase(Locale.ROOT);
            if (low.equals(word.toUpperCase(Locale.ROOT))) {
                uncased++;
            } else {
                cased++;
                if (word.length() >= 2 && low.equals(word)) {
                    lower++;
                }
            }
        }
        return cased >= uncased && lower < 2;
    }
}
