package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the shared corpus (seed and dev), when it is present next to the project, and checks the clean text. */
class SharedCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static List<ReadResult> results;

    @BeforeAll
    static void readCorpus() {
        assumeTrue(Files.isDirectory(CORPUS.resolve("seed")) && Files.isDirectory(CORPUS.resolve("dev")),
                "shared corpus not present");
        results = new ArticleReader().readAll(List.of(CORPUS.resolve("seed"), CORPUS.resolve("dev")));
    }

    private static Stream<Article> articles() {
        return results.stream().flatMap(r -> r.asArticle().stream());
    }

    private static String frontMatterField(Path file, String name) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).takeWhile(l -> !l.equals("---"))
                    .filter(l -> l.startsWith(name + ":"))
                    .map(l -> l.substring(name.length() + 1).strip())
                    .findFirst().orElse(null);
        }
    }

    @Test
    void everyFileIsReadWithoutProblems() throws IOException {
        long files;
        try (Stream<Path> walk = Stream.concat(Files.list(CORPUS.resolve("seed")), Files.list(CORPUS.resolve("dev")))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).count();
        }

        assertThat(results.stream().flatMap(r -> r.asProblem().stream())).isEmpty();
        assertThat(articles().count()).isEqualTo(files);
    }

    @Test
    void bodyTextHasNoMarkupLeft() {
        assertThat(articles()).allSatisfy(article -> {
            String text = article.body().text();
            assertThat(text).as(article.id()).doesNotContain("**", "](", "http", "##", "\n\n\n", "\u00A0", " \n", "\n ");
            assertThat(article.body().blocks()).as(article.id())
                    .allSatisfy(block -> assertThat(block.range().of(text)).isNotBlank().doesNotStartWith("#")
                            .doesNotStartWith(" ").doesNotEndWith(" ").doesNotStartWith("\n").doesNotEndWith("\n")
                            .doesNotContain("\n\n"));
        });
    }

    @Test
    void titleLanguageAndDateComeFromFrontMatterAndFileName() {
        assertThat(articles()).allSatisfy(article -> {
            Path file = Path.of(article.source());
            assertThat(article.title()).as(article.id()).isEqualTo(frontMatterField(file, "title"));
            assertThat(article.lang()).as(article.id()).isEqualTo(LanguageCodes.normalize(frontMatterField(file, "lang")));
            assertThat(article.published()).as(article.id()).isEqualTo(FileNames.date(article.id()));
        });
    }

    @Test
    void detectedLanguageAgreesWithTheDeclaredOne() {
        LanguageDetector detector = new LanguageDetector();

        assertThat(articles()).allSatisfy(article ->
                assertThat(detector.detect(article.body().text())).as(article.id()).isEqualTo(article.lang()));
    }

    @Test
    void trailingLinkListsAreSeparatedAsReferences() {
        // a file whose last line is a link entry ("- [title](url)", "[title](url)", "[1] url") ends with references
        assertThat(articles()).allSatisfy(article -> {
            String original = Files.readString(Path.of(article.source())).strip();
            String lastLine = original.substring(original.lastIndexOf('\n') + 1);
            if (lastLine.matches("(?:[-*] )?\\[[^\\]]+\\]\\(https?://.*|\\[\\d+\\] https?://.*")) {
                assertThat(article.body().references()).as(article.id()).isNotEmpty()
                        .allSatisfy(ref -> assertThat(ref).contains("<http"));
            }
        });
    }

    @Test
    void cleanTextMapsBackToTheOriginalFile() {
        assertThat(articles()).allSatisfy(article ->
                OffsetChecks.assertMapsBack(Files.readString(Path.of(article.source())), article.body()));
    }
}
