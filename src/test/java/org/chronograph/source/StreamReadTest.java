package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an input opened elsewhere (HDFS, S3: the Spark job) gives what reading the same file gives. */
class StreamReadTest {
    private final ArticleReader reader = new ArticleReader(ReadOptions.builder().maxBytes(400).build());

    @Test
    void aDocumentReadFromAStreamIsTheFileReadByPath(@TempDir Path dir) throws IOException {
        String text = "---\ntitle: Quillon\nlang: en\n---\n\nQuillon Labs hired Maren Holt in February 2026.\n";
        Path file = Files.writeString(dir.resolve("2026-04-01-quillon-en.md"), text);

        Article byPath = reader.readAll(List.of(file)).get(0).asArticle().orElseThrow();
        Article byStream = only(reader.read(file.toString(), Files.newInputStream(file), Files.size(file)));

        assertThat(byStream.id()).isEqualTo("2026-04-01-quillon-en.md").isEqualTo(byPath.id());
        assertThat(byStream.source()).isEqualTo(byPath.source());
        assertThat(byStream.contentHash()).isEqualTo(byPath.contentHash());
        assertThat(byStream.published()).isEqualTo(byPath.published());
        assertThat(byStream.body().text()).isEqualTo(byPath.body().text());
    }

    @Test
    void jsonLinesFromAStreamNameTheirLinesAndReportBrokenOnes() {
        String lines = "{\"id\": \"a\", \"lang\": \"en\", \"text\": \"Nova raised money.\"}\n\n{broken\n";
        List<ReadResult> results;
        try (Stream<ReadResult> read = reader.read("hdfs://nn/feeds/f.jsonl", stream(lines), -1)) {
            results = read.toList();
        }
        assertThat(results).hasSize(2);
        assertThat(results.get(0).asArticle().orElseThrow().source()).isEqualTo("hdfs://nn/feeds/f.jsonl:1");
        assertThat(results.get(1).asProblem().orElseThrow().line()).isEqualTo(3);
    }

    @Test
    void tooLargeAndUnsupportedInputsAreProblemsWithIngestsMessages() {
        InputProblem large = reader.read("s3a://b/big.md", stream("x".repeat(500)), 500).findFirst().orElseThrow()
                .asProblem().orElseThrow();
        assertThat(large.message()).isEqualTo("too large (500 bytes; limit 400 bytes)");
        InputProblem unknownSize = reader.read("s3a://b/big.md", stream("x".repeat(500)), -1).findFirst().orElseThrow()
                .asProblem().orElseThrow();
        assertThat(unknownSize.message()).startsWith("too large (");
        InputProblem unsupported = reader.read("notes/a.pdf", stream("%PDF"), 4).findFirst().orElseThrow()
                .asProblem().orElseThrow();
        assertThat(unsupported.message()).startsWith("unsupported file type");
        assertThat(ArticleReader.readsFileNamed("A.MD")).isTrue();
        assertThat(ArticleReader.readsFileNamed("a.pdf")).isFalse();
    }

    private static Article only(Stream<ReadResult> results) {
        try (results) {
            return results.toList().get(0).asArticle().orElseThrow();
        }
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
