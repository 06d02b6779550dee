package org.chronograph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Stable entity keys: the same real-world name gives the same key in every article and language. */
public final class EntityKeys {
    private EntityKeys() {
    }

    /**
     * Lower-cased, accent-free, punctuation-free form of a name, words joined by {@code -}:
     * "Léonie Févre" gives {@code leonie-fevre}, "GPT-3.5" gives {@code gpt-3-5}.
     *
     * @throws IllegalArgumentException when the name has no letter or digit
     */
    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String key = folded.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a name needs a letter or digit: '" + name + "'");
        }
        return key;
    }
}
