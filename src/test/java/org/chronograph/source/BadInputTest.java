package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputTest {
    private static final Path BAD = Path.of("src/test/resources/source/bad");
    private static final String GOOD = "The company said it would hire more engineers in the spring.\n";

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problemsOf(Path... files) {
        return reader.readAll(List.of(files)).stream().flatMap(r -> r.asProblem().stream()).map(InputProblem::toString).toList();
    }

    @Test
    void badInputsBecomeOneLineProblemsAndTheBatchGoesOn() throws IOException {
        Path empty = write("a-empty.md", new byte[0]);
        Path blank = write("b-blank.txt", "  \n\n");
        Path binary = write("c-binary.md", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        Path notUtf8 = write("d-latin1.md", latin1);
        Path good = write("e-good.md", GOOD);
        Path onlyMeta = write("f-only-front-matter.md", "---\ntitle: Nothing else\n---\n\n");
        Path onlyMarkup = write("g-only-markup.md", "![img](https://example.org/i.png)\n\n```\ncode\n```\n");

        List<ReadResult> results = reader.readAll(List.of(dir));

        assertThat(results.stream().flatMap(r -> r.asProblem().stream()).map(InputProblem::toString)).containsExactly(
                empty + ": empty file",
                blank + ": empty file",
                binary + ": binary file (NUL byte at offset 4)",
                notUtf8 + ": not UTF-8 (invalid byte at offset 3)",
                onlyMeta + ": no article text",
                onlyMarkup + ": no article text");
        assertThat(results.stream().flatMap(r -> r.asArticle().stream()).map(Article::source)).containsExactly(good.toString());
        assertThat(results.stream().flatMap(r -> r.asProblem().stream()).map(InputProblem::toString))
                .allSatisfy(message -> assertThat(message).doesNotContain("\n").doesNotContain("Exception"));
    }

    @Test
    void filesOverTheSizeLimitAreRejectedBeforeReading() throws IOException {
        Path big = write("big.md", GOOD.repeat(100));
        ArticleReader small = new ArticleReader(ReadOptions.builder().maxBytes(1024).build());

        assertThat(small.readAll(List.of(big))).singleElement()
                .satisfies(r -> assertThat(r.asProblem().orElseThrow().toString())
                        .isEqualTo(big + ": too large (6.0 KiB; limit 1.0 KiB)"));
    }

    @Test
    void defaultSizeLimitIsFiveMebibytes() throws IOException {
        byte[] content = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(content, (byte) 'a');
        Path big = write("huge.txt", content);

        assertThat(problemsOf(big)).containsExactly(big + ": too large (5.0 MiB; limit 5.0 MiB)");
    }

    @Test
    void malformedAndUnclosedFrontMatterAreProblemsNamingTheFile() {
        assertThat(problemsOf(BAD.resolve("malformed-front-matter.md"), BAD.resolve("unclosed-front-matter.md")))
                .containsExactly(
                        BAD.resolve("malformed-front-matter.md") + ": malformed front matter at line 2 (while scanning a quoted scalar)",
                        BAD.resolve("unclosed-front-matter.md") + ": malformed front matter (opening --- is never closed)");
    }

    @Test
    void hostileTitleIsJustDataAndControlCharactersAreStripped() {
        Article article = reader.readAll(List.of(BAD.resolve("hostile-title.md"))).get(0).asArticle().orElseThrow();

        assertThat(article.title()).isEqualTo("x'}) DETACH DELETE n //");
        assertThat(article.url()).isEqualTo("https://example.org/ab");
        assertThat(article.body().text()).contains("MATCH (n) DETACH DELETE n was founded in 2020");
    }

    @Test
    void controlAndBidiCharactersAreStrippedFromMetadataAndBody() throws IOException {
        Path file = write("ctl.md", "---\ntitle: \"Safe\\u202E\\u0000 title\\t\\u0008here\"\nlang: en\n---\n"
                + "Body\u0001 text\u0007 that is English and it says so.\n");

        Article article = reader.readAll(List.of(file)).get(0).asArticle().orElseThrow();

        assertThat(article.title()).isEqualTo("Safe title here");
        assertThat(article.body().text()).isEqualTo("Body text that is English and it says so.");
    }

    @Test
    void jsonLinesProblemsNameTheirLines() throws IOException {
        byte[] valid = "{\"id\": \"a\", \"lang\": \"en\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
        byte[] tooLong = ("{\"id\": \"c\", \"text\": \"" + "x".repeat(200) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[valid.length + invalid.length + tooLong.length + valid.length];
        System.arraycopy(valid, 0, all, 0, valid.length);
        System.arraycopy(invalid, 0, all, valid.length, invalid.length);
        System.arraycopy(tooLong, 0, all, valid.length + invalid.length, tooLong.length);
        byte[] last = "{\"id\": \"d\", \"lang\": \"en\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(last, 0, all, valid.length + invalid.length + tooLong.length, last.length);
        Path file = write("feed.jsonl", all);
        ArticleReader small = new ArticleReader(ReadOptions.builder().maxBytes(100).build());

        List<ReadResult> results = small.readAll(List.of(file));

        assertThat(results.stream().flatMap(r -> r.asProblem().stream()).map(InputProblem::toString)).containsExactly(
                file + ": line 2: not UTF-8 (invalid byte at offset " + (valid.length + 7) + ")",
                file + ": line 3: record too large (limit 100 bytes)");
        assertThat(results.stream().flatMap(r -> r.asArticle().stream()).map(Article::id)).containsExactly("a", "d");
    }

    @Test
    void emptyJsonLinesFileIsAProblem() throws IOException {
        Path empty = write("empty.jsonl", "");
        Path blank = write("blank.jsonl", "\n  \n");

        assertThat(problemsOf(empty, blank)).containsExactly(empty + ": empty file", blank + ": empty file");
    }

    @Test
    void invalidOptionsAreRejectedWithAUserMessage() {
        assertThatThrownBy(() -> ReadOptions.builder().lang("klingon").build())
                .isInstanceOf(ChronographException.class)
                .hasMessage("unknown language 'klingon' (use a two-letter code such as en or fr)");
        assertThatThrownBy(() -> ReadOptions.builder().maxBytes(0).build()).isInstanceOf(ChronographException.class);
        assertThat(ReadOptions.builder().lang("FR").defaultLang("en-GB").build())
                .isEqualTo(new ReadOptions(ReadOptions.DEFAULT_MAX_BYTES, "fr", "en"));
    }
}
