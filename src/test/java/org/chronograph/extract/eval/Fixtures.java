package org.chronograph.extract.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the scoring fixtures under {@code src/test/resources/eval}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path gold() {
        return resource("gold");
    }

    static Path predictions() {
        return resource("predictions.jsonl");
    }
}
