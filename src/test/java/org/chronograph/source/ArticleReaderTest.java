package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/source/articles");

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private static List<Article> articles(List<ReadResult> results) {
        return results.stream().flatMap(r -> r.asArticle().stream()).toList();
    }

    private static List<String> problems(List<ReadResult> results) {
        return results.stream().flatMap(r -> r.asProblem().stream()).map(InputProblem::toString).toList();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Article readOne(Path file) {
        List<ReadResult> results = reader.readAll(List.of(file));
        assertThat(problems(results)).isEmpty();
        return articles(results).get(0);
    }

    @Test
    void folderIsReadRecursivelyInSortedOrderKeepingSupportedFilesOnly() {
        List<ReadResult> results = reader.readAll(List.of(FIXTURES));

        List<String> sources = results.stream()
                .map(r -> r instanceof ReadResult.Ok(Article a) ? a.id() : ((InputProblem) r).toString())
                .toList();
        assertThat(sources).containsExactly(
                "2025-03-14-quillon-funding-en.md",
                "briefing.txt",
                "feed-1",
                FIXTURES.resolve("feed.jsonl") + ": line 2: broken JSON (Unexpected end-of-input: was expecting closing quote for a string value)",
                FIXTURES.resolve("feed.jsonl") + ": line 3: missing id",
                "feed-4",
                "2024-11-02-norvane-hire-fr.md",
                "page.html");
    }

    @Test
    void markdownArticleTakesItsMetadataFromFrontMatter() {
        Article article = readOne(FIXTURES.resolve("2025-03-14-quillon-funding-en.md"));

        assertThat(article.id()).isEqualTo("2025-03-14-quillon-funding-en.md");
        assertThat(article.source()).isEqualTo(FIXTURES.resolve("2025-03-14-quillon-funding-en.md").toString());
        assertThat(article.title()).isEqualTo("Quillon Labs Raises a Series B");
        assertThat(article.lang()).isEqualTo("en");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(article.url()).isEqualTo("https://example.org/news/quillon-series-b");
        assertThat(article.body().text())
                .startsWith("Quillon Labs raises $80 million\n\nQuillon Labs, the Lyon-based maker of warehouse robots,")
                .contains("Elena Varga joined Quillon Labs").contains("2023\n40")
                .doesNotContain("**", "](", "http", "print(", "#");
        assertThat(article.body().references()).hasSize(2);
    }

    @Test
    void contentHashIsTheSha256OfTheOriginalBytes() throws IOException {
        Path file = FIXTURES.resolve("briefing.txt");

        Article article = readOne(file);

        assertThat(article.contentHash()).isEqualTo(Hashes.sha256(Files.readAllBytes(file))).hasSize(64);
    }

    @Test
    void jekyllFileNameGivesDateAndLanguageWhenThereIsNoFrontMatter() {
        Article article = readOne(FIXTURES.resolve("nested/2024-11-02-norvane-hire-fr.md"));

        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(article.lang()).isEqualTo("fr");
        assertThat(article.title()).isNull();
    }

    @Test
    void plainTextArticleHasATitleAndReferences() {
        Article article = readOne(FIXTURES.resolve("briefing.txt"));

        assertThat(article.title()).isEqualTo("Weekly robotics briefing");
        assertThat(article.lang()).isEqualTo("en");
        assertThat(article.body().text()).contains("hire forty engineers by the end of the year.")
                .doesNotContain("Sources", "http");
        assertThat(article.body().references()).hasSize(2);
    }

    @Test
    void htmlArticleKeepsNoScriptCode() throws IOException {
        Path file = FIXTURES.resolve("page.html");

        Article article = readOne(file);

        assertThat(article.title()).isEqualTo("Norvane AI & Quillon: eine Partnerschaft");
        assertThat(article.lang()).isEqualTo("de");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(article.url()).isEqualTo("https://example.org/de/partnerschaft");
        assertThat(article.body().text())
                .contains("Partnerschaft angekündigt.", "Elena Varga unterzeichnet.", "2024\n12 Mio. €")
                .doesNotContain("tracking", "cookie", "document", "font-family", "injected", "JavaScript",
                        "editorial", "Startseite", "Pressemitteilung");
        assertThat(article.body().references()).containsExactly("Pressemitteilung <https://example.org/quelle>");
        OffsetChecks.assertMapsBack(Files.readString(file), article.body());
    }

    @Test
    void jsonLinesRecordsBecomeArticlesWithLineSources() {
        List<ReadResult> results = reader.readAll(List.of(FIXTURES.resolve("feed.jsonl")));

        List<Article> articles = articles(results);
        assertThat(articles).extracting(Article::id).containsExactly("feed-1", "feed-4");
        Article first = articles.get(0);
        assertThat(first.source()).isEqualTo(FIXTURES.resolve("feed.jsonl") + ":1");
        assertThat(first.title()).isEqualTo("Harbor Ventures closes a fund");
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(first.url()).isEqualTo("https://example.org/feed/1");
        assertThat(first.body().text()).isEqualTo(
                "Harbor Ventures closed its third fund at $250 million on Monday.\n\nThe fund will back robotics start-ups.");
        assertThat(articles.get(1).lang()).isEqualTo("fr");
        assertThat(articles.get(1).published()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(results.stream().flatMap(r -> r.asProblem().stream()))
                .extracting(InputProblem::line).containsExactly(2, 3);
    }

    @Test
    void jsonRecordWithNumericIdAndNonObjectLinesAreHandled() throws IOException {
        Path file = write("records.json", "{\"id\": 7, \"text\": \"The company was founded in 2020 and it is based in Paris.\"}\n"
                + "[1, 2]\n\"just a string\"\n{\"id\": \"x\"}\n{\"id\": \"\\u0000\", \"text\": \"t\"}\n");

        List<ReadResult> results = reader.readAll(List.of(file));

        assertThat(articles(results)).extracting(Article::id).containsExactly("7");
        assertThat(problems(results)).containsExactly(
                file + ": line 2: not a JSON object",
                file + ": line 3: not a JSON object",
                file + ": line 4: missing text",
                file + ": line 5: missing id");
    }

    @Test
    void jsonArrayFileIsExplainedAsNotJsonLines() throws IOException {
        Path file = write("array.json", "[\n{\"id\": \"a\", \"text\": \"x\"}\n]\n");

        assertThat(problems(reader.readAll(List.of(file))))
                .containsExactly(file + ": a JSON array is not JSON Lines (write one object per line)");
    }

    @Test
    void languageIsForcedThenDeclaredThenHintedThenDetectedThenDefaulted() throws IOException {
        Path declared = write("2025-01-01-declared-fr.md", "---\nlang: de\n---\nThe text is in English and it says so.\n");
        Path hinted = write("2025-01-01-hinted-fr.md", "Quillon Labs, 2025.\n");
        Path detected = write("detected.md", "Le texte est en français et il le dit clairement.\n");
        Path contradicted = write("intro-to-ml.md", "This article is about machine learning and it is written in English.\n");
        Path unknown = write("unknown.md", "Quillon Labs 2025\n");

        assertThat(new ArticleReader(ReadOptions.builder().lang("it").build()).readAll(List.of(declared)))
                .singleElement().satisfies(r -> assertThat(r.asArticle().orElseThrow().lang()).isEqualTo("it"));
        assertThat(readOne(declared).lang()).isEqualTo("de");
        assertThat(readOne(hinted).lang()).isEqualTo("fr");
        assertThat(readOne(detected).lang()).isEqualTo("fr");
        assertThat(readOne(contradicted).lang()).isEqualTo("en");
        assertThat(problems(reader.readAll(List.of(unknown))))
                .containsExactly(unknown + ": undetectable language (use --lang)");
        assertThat(articles(new ArticleReader(ReadOptions.builder().defaultLang("en").build()).readAll(List.of(unknown))))
                .singleElement().extracting(Article::lang).isEqualTo("en");
    }

    @Test
    void frontMatterDatePublishedFieldAndLanguageTagsAreNormalised() throws IOException {
        Path file = write("2020-01-01-x.md", "---\npublished: 2025-10-05 08:00:00 +0200\nlang: fr-FR\n---\nTexte en français.\n");

        Article article = readOne(file);

        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 5));
        assertThat(article.lang()).isEqualTo("fr");
    }

    @Test
    void duplicateIdsInOneReadAreProblems() throws IOException {
        Path a = write("a/same-name.md", "The first article is written in English and it is short.\n");
        Path b = write("b/same-name.md", "The second article is written in English and it is short.\n");

        List<ReadResult> results = reader.readAll(List.of(dir));

        assertThat(articles(results)).extracting(Article::source).containsExactly(a.toString());
        assertThat(problems(results)).containsExactly(b + ": duplicate id 'same-name.md' (already read from " + a + ")");
    }

    @Test
    void explicitFilesAreReadInTheOrderGivenAndMissingOrUnsupportedOnesAreProblems() throws IOException {
        Path b = write("b.md", "The company said it would hire more engineers in the spring.\n");
        Path csv = write("data.csv", "a,b\n");
        Path missing = dir.resolve("missing.md");

        List<ReadResult> results = reader.readAll(List.of(b, missing, csv));

        assertThat(articles(results)).extracting(Article::id).containsExactly("b.md");
        assertThat(problems(results)).containsExactly(
                missing + ": no such file or folder",
                csv + ": unsupported file type (expected .md, .markdown, .txt, .html, .htm, .jsonl, .json)");
    }

    @Test
    void filesAreReadOnlyWhenTheStreamReachesThem() throws IOException {
        write("1.md", "The first article is written in English and it is short.\n");
        Path second = write("2.md", "The second article is written in English and it is short.\n");

        try (Stream<ReadResult> results = reader.read(dir)) {
            Iterator<ReadResult> it = results.iterator();
            assertThat(it.next().asArticle()).isPresent();
            Files.writeString(second, "Written after the first article was read, and it is English.\n");
            assertThat(it.next().asArticle()).get().extracting(a -> a.body().text())
                    .isEqualTo("Written after the first article was read, and it is English.");
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void largeJsonLinesFileIsStreamed() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 20_000; i++) {
                out.write("{\"id\": \"r" + i + "\", \"lang\": \"en\", \"text\": \"Record number " + i + " of the feed.\"}\n");
            }
        }

        try (Stream<ReadResult> results = reader.read(file)) {
            assertThat(results.limit(3).map(r -> r.asArticle().orElseThrow().id())).containsExactly("r0", "r1", "r2");
        }
        try (Stream<ReadResult> results = reader.read(file)) {
            assertThat(results.filter(r -> r instanceof ReadResult.Ok).count()).isEqualTo(20_000);
        }
    }

    @Test
    void pullingThroughAnIteratorDoesNotBufferAWholeJsonLinesFile() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 20_000; i++) {
                out.write("{\"id\": \"r" + i + "\", \"lang\": \"en\", \"text\": \"Record number " + i + ".\"}\n");
            }
        }

        long count = 0;
        try (Stream<ReadResult> results = reader.read(file)) {
            Iterator<ReadResult> it = results.iterator();
            it.next();
            count++;
            Files.write(file, new byte[0]); // records not read yet are gone
            while (it.hasNext()) {
                it.next();
                count++;
            }
        }

        assertThat(count).isLessThan(1_000);
    }

    @Test
    void inMemoryDocumentIsReadByItsName() {
        List<ReadResult> results = reader.read("upload.md", "# Hello\n\nThe company said it is hiring.".getBytes(StandardCharsets.UTF_8)).toList();

        assertThat(results).singleElement().satisfies(r -> {
            Article article = r.asArticle().orElseThrow();
            assertThat(article.title()).isEqualTo("Hello");
            assertThat(article.source()).isEqualTo("upload.md");
        });
        assertThat(reader.read("upload.pdf", new byte[] {1}).toList()).singleElement()
                .satisfies(r -> assertThat(r.asProblem()).isPresent());
    }
}
