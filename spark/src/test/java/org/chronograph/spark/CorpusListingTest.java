package org.chronograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.chronograph.source.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listing through Hadoop's file system API names and orders the files as ingest's walk does. */
class CorpusListingTest {

    @Test
    void filesComeInIngestsOrderWithIngestsSourcesAndProblems(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("corpus/a"));
        Files.writeString(dir.resolve("corpus/a.md"), "A.");
        Files.writeString(dir.resolve("corpus/a/z.txt"), "Z.");
        Files.writeString(dir.resolve("corpus/b.jsonl"), "{}");
        Files.writeString(dir.resolve("corpus/notes.pdf"), "%PDF");
        Files.writeString(dir.resolve("corpus/.hidden.md"), "H.");
        Files.writeString(dir.resolve("single.pdf"), "%PDF");
        String corpus = dir.resolve("corpus") + "/";
        List<String> arguments = List.of(corpus, dir.resolve("single.pdf").toString(), dir.resolve("missing").toString());

        CorpusListing.Listing listing = CorpusListing.list(arguments, new Configuration());

        List<String> ingest = new ArticleReader().readAll(arguments.stream().map(Path::of).toList()).stream()
                .map(r -> r.asArticle().map(a -> a.source()).orElseGet(() -> r.asProblem().orElseThrow().source()))
                .toList();
        List<String> listed = new java.util.ArrayList<>(listing.files().stream().map(InputFile::source).toList());
        listing.problems().forEach(p -> listed.add(p.source()));
        assertThat(listed).containsExactlyElementsOf(ingest);
        assertThat(listing.files()).extracting(InputFile::order).containsExactly(0, 1, 2, 3);
        assertThat(listing.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("no such file or folder");
            assertThat(p.order().file()).isEqualTo(4);
        });
        assertThat(listing.files().get(0).uri()).startsWith("file:");
        assertThat(ingest).hasSize(5);
    }
}
