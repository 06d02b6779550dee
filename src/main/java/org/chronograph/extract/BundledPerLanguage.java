package org.chronograph.extract;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A bundled resource file per language ({@code extract/<lang>/<file>}), read once per language and kept, or its
 * absence kept: looking a resource up in the jar costs more than using it on a sentence.
 */
final class BundledPerLanguage<T> {
    private final String file;
    private final BiFunction<String, String, T> load;
    private final Map<String, Optional<T>> loaded = new ConcurrentHashMap<>();

    /** @param load reads the resource of a language: (resource path, language) to its contents */
    BundledPerLanguage(String file, BiFunction<String, String, T> load) {
        this.file = file;
        this.load = load;
    }

    /** The language's contents, or {@code null} when it has no such file. */
    T get(String lang) {
        return loaded.computeIfAbsent(lang, l -> {
            String resource = "extract/" + l + "/" + file;
            if (BundledPerLanguage.class.getClassLoader().getResource(resource) == null) return Optional.empty();
            return Optional.of(load.apply(resource, l));
        }).orElse(null);
    }
}
