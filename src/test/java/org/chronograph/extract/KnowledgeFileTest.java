package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;

class KnowledgeFileTest {
    private static List<KnowledgeFile.Row> read(String text, int minColumns) throws IOException {
        return KnowledgeFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "words.tsv", minColumns);
    }

    @Test
    void skipsCommentsAndBlankLinesAndSaysWhereEachRowIs() throws IOException {
        List<KnowledgeFile.Row> rows = read("# a comment\n\nword\tdirectrices\tdirecteur\n   \nplural\ts\t\n", 2);
        assertThat(rows).extracting(KnowledgeFile.Row::where).containsExactly("words.tsv:3", "words.tsv:5");
        assertThat(rows.get(0).column(0)).isEqualTo("word");
        assertThat(rows.get(0).column(2)).isEqualTo("directeur");
        assertThat(rows.get(1).size()).as("a trailing empty column is dropped").isEqualTo(2);
        assertThat(rows.get(1).column(2)).as("a column past the row's end is empty").isEmpty();
    }

    @Test
    void aShortRowStopsTheLoadNamingTheFileAndLine() {
        assertThatThrownBy(() -> read("tags\tNC\nkeep\n", 2))
                .isInstanceOf(ChronographException.class)
                .hasMessageStartingWith("words.tsv:2: expected 2 tab-separated columns");
    }

    @Test
    void aRowSaysWhereItsErrorIs() throws IOException {
        KnowledgeFile.Row row = read("\nbogus\tx\n", 1).get(0);
        assertThat(row.error("unknown kind 'bogus'")).hasMessage("words.tsv:2: unknown kind 'bogus'");
    }

    @Test
    void aMissingBundledFileIsNamed() {
        assertThat(KnowledgeFile.bundledExists("extract/lexicon.tsv")).isTrue();
        assertThatThrownBy(() -> KnowledgeFile.bundled("extract/xx/none.tsv", 1))
                .isInstanceOf(ChronographException.class).hasMessage("missing bundled resource extract/xx/none.tsv");
    }

    @Test
    void everyBundledKnowledgeFileReads() {
        for (String file : List.of("extract/lexicon.tsv", "extract/cues.tsv", "extract/fr/words.tsv", "extract/fr/verbs.tsv",
                "extract/time/en/tense.tsv", "extract/time/fr/numbers.tsv", "extract/time/count-nouns.txt")) {
            assertThat(KnowledgeFile.bundled(file, 1)).as(file).isNotEmpty();
        }
    }
}
