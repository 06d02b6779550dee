package org.chronograph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The graph and query stages never import CoreNLP, the embedded server API outside the embedded adapter (EmbeddedNeo4j
 * and its page cache, EmbeddedPageCache), or the CLI.
 */
class PackageBoundariesTest {

    @ParameterizedTest
    @ValueSource(strings = {"graph", "query"})
    void aStageImportsNeitherCoreNlpNorTheAdapters(String stage) {
        List<String> offending = imports(stage).filter(line -> line.contains("edu.stanford.")
                || line.contains("org.chronograph.cli.") || line.contains("org.chronograph.web.")).toList();

        assertThat(offending).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"graph", "query"})
    void onlyEmbeddedNeo4jTouchesTheEmbeddedServer(String stage) {
        List<String> offending = imports(stage)
                .filter(line -> !line.startsWith("EmbeddedNeo4j.java: ") && !line.startsWith("EmbeddedPageCache.java: "))
                .filter(line -> line.contains("org.neo4j.") && !line.contains("org.neo4j.driver.")).toList();

        assertThat(offending).isEmpty();
    }

    private static Stream<String> imports(String stage) {
        Path dir = Path.of("src/main/java/org/chronograph", stage);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream().flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import "))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
