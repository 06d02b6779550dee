package org.chronograph.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading gold folders and prediction files, and refusing unusable ones with a message that names them. */
class GoldSetTest {
    @TempDir
    Path dir;

    @Test
    void goldIsSortedByFileNameAndKeyedByTheArticleBaseName() {
        List<Gold> gold = GoldSet.load(Fixtures.gold(), null);

        assertThat(gold).extracting(Gold::source).isSorted().hasSize(7);
        assertThat(gold).extracting(Gold::file).contains("accents-fr.md", "missing-en.md");
    }

    @Test
    void aLanguageKeepsOnlyItsGold() {
        assertThat(GoldSet.load(Fixtures.gold(), "fr")).extracting(Gold::lang).containsOnly("fr").hasSize(3);
        assertThatThrownBy(() -> GoldSet.load(Fixtures.gold(), "de"))
                .isInstanceOf(ChronographException.class).hasMessageContaining("document.lang 'de'");
    }

    @Test
    void aMissingFolderIsRefused() {
        assertThatThrownBy(() -> GoldSet.load(dir.resolve("nope"), null))
                .isInstanceOf(ChronographException.class).hasMessageStartingWith("gold folder not found: ");
    }

    @Test
    void aFolderWithoutGoldFilesIsRefused() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not gold");

        assertThatThrownBy(() -> GoldSet.load(dir, null)).hasMessageStartingWith("no gold files (*.json) in ");
    }

    @Test
    void aGoldFileThatIsNotJsonIsNamed() throws IOException {
        Files.writeString(dir.resolve("a.md.json"), "{\"document\": ");

        assertThatThrownBy(() -> GoldSet.load(dir, null))
                .isInstanceOf(ChronographException.class).hasMessageContaining("a.md.json is not valid JSON");
    }

    @Test
    void aGoldFileWithoutDocumentFileIsNamed() throws IOException {
        Files.writeString(dir.resolve("b.md.json"), "{\"document\": {\"lang\": \"en\"}, \"entities\": []}");

        assertThatThrownBy(() -> GoldSet.load(dir, null)).hasMessageContaining("b.md.json has no document.file");
    }

    @Test
    void aBadPredictionLineIsNamedWithItsNumber() throws IOException {
        Path file = dir.resolve("p.jsonl");
        Files.writeString(file, "{\"document\": {\"file\": \"a.md\"}}\n\nnot json\n");

        assertThatThrownBy(() -> Predictions.load(file))
                .isInstanceOf(ChronographException.class).hasMessageContaining("p.jsonl:3: not valid JSON");
    }

    @Test
    void aFolderOfPredictionsFallsBackOnTheFileName() throws IOException {
        Files.writeString(dir.resolve("x.md.json"), "{\"entities\": []}");
        Files.writeString(dir.resolve("y.json"), "{\"document\": {\"file\": \"dev/z.md\"}}");

        assertThat(Predictions.load(dir)).containsOnlyKeys("x.md", "z.md");
    }
}
