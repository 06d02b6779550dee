package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {

    @Test
    void writesHeaderThresholdAndSortedRowsAndReadsThemBack(@TempDir Path dir) throws IOException {
        Map<String, Map<String, Double>> byFeature = new TreeMap<>(Map.of(
                "word=maker", new TreeMap<>(Map.of("Company", 0.5, "Product", -0.25)),
                "bias", new TreeMap<>(Map.of("Person", 1.0))));
        new WeightsFile(List.of("trained on two articles"), 0.3, WeightsFile.rows(byFeature)).write(dir, "m.tsv", "cut: ");

        assertThat(Files.readString(dir.resolve("m.tsv"))).isEqualTo("""
                # trained on two articles
                # cut: 0.3
                bias\tPerson\t1.0
                word=maker\tCompany\t0.5
                word=maker\tProduct\t-0.25
                """);
        WeightsFile.Reader<WeightsFile> reader = (in, origin) -> WeightsFile.read(in, origin, "cut: ", 0.5);
        WeightsFile read = WeightsFile.inFolder(dir, "m.tsv", reader);
        assertThat(read.header()).containsExactly("trained on two articles");
        assertThat(read.threshold()).isEqualTo(0.3);
        assertThat(read.rows()).extracting(WeightsFile.Row::feature, WeightsFile.Row::label, WeightsFile.Row::weight, WeightsFile.Row::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bias", "Person", 1.0, 3),
                        org.assertj.core.groups.Tuple.tuple("word=maker", "Company", 0.5, 4),
                        org.assertj.core.groups.Tuple.tuple("word=maker", "Product", -0.25, 5));
    }

    @Test
    void aFolderWithoutTheFileGivesNothingAndBadLinesNameTheirPlace(@TempDir Path dir) {
        WeightsFile.Reader<WeightsFile> reader = (in, origin) -> WeightsFile.read(in, origin, "cut: ", 0.5);
        WeightsFile none = WeightsFile.inFolder(dir, "absent.tsv", reader);
        assertThat(none).isNull();
        assertThatThrownBy(() -> read("a\tb\n")).hasMessage("t.tsv:1: expected FEATURE<TAB>LABEL<TAB>WEIGHT");
        assertThatThrownBy(() -> read("# cut: half\na\tb\t1\n")).hasMessage("t.tsv:1: not a number: 'half'");
        assertThatThrownBy(() -> read("# only a header\n")).hasMessage("t.tsv: no weights");
    }

    private static WeightsFile read(String text) throws IOException {
        return WeightsFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.tsv", "cut: ", 0.5);
    }
}
