package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typer's model file: written sorted and read back to the same decisions; bad files refused with the line. */
class TypingModelTest {

    private static TypingModel read(String text) throws Exception {
        return TypingModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv");
    }

    @Test
    void classifiesByTheWeightsAndTheNoEntityThreshold() throws Exception {
        TypingModel m = read("""
                # a model written by hand
                # none-threshold: 0.6
                bias\tNone\t0.5
                bias\tCompany\t0.0
                after=app\tProduct\t3.0
                ner=PERSON\tPerson\t3.0
                """);
        assertThat(m.noneThreshold()).isEqualTo(0.6);
        assertThat(m.header()).containsExactly("a model written by hand");
        assertThat(m.type(List.of("bias", "after=app"))).isEqualTo(EntityType.Product);
        assertThat(m.type(List.of("bias", "ner=PERSON", "unknown-feature"))).isEqualTo(EntityType.Person);
        // None is likeliest (0.35, each other label 0.22) but below the threshold: the likeliest type wins
        assertThat(m.classify(List.of("bias"))).isNotEqualTo(TypingModel.NO_ENTITY);
        TypingModel sure = read("bias\tNone\t5\nbias\tCompany\t0\n");
        assertThat(sure.type(List.of("bias"))).isNull();
    }

    @Test
    void writesWhatItReads(@TempDir Path dir) throws Exception {
        TypingModel m = read("# header\n# none-threshold: 0.5\nz\tCompany\t-1.25\na\tPerson\t0.125\na\tNone\t2.0E-7\n");
        m.write(dir);
        String text = Files.readString(dir.resolve(TypingModel.FILE));
        assertThat(text).isEqualTo("# header\n# none-threshold: 0.5\na\tNone\t2.0E-7\na\tPerson\t0.125\nz\tCompany\t-1.25\n");
        assertThat(TypingModel.load(dir).weights()).isEqualTo(m.weights());
    }

    @Test
    void eachTypeKeepsItsOwnThreshold(@TempDir Path dir) throws Exception {
        // a sure Product passes its own threshold
        TypingModel m = read("""
                # type-threshold: 0.35
                # type-threshold Product: 0.5
                # none-threshold: 0.9
                bias\tNone\t0
                bias\tCompany\t0
                bias\tModel\t0
                guess\tProduct\t1
                guess\tCompany\t1
                sure\tProduct\t3
                """);
        assertThat(m.typeThreshold("Product")).isEqualTo(0.5);
        assertThat(m.typeThreshold("Company")).isEqualTo(0.35);
        assertThat(m.type(List.of("bias", "sure"))).isEqualTo(EntityType.Product);
        // Product at 0.475: kept under the common threshold, dropped under its own
        TypingModel productOnly = read("# type-threshold: 0.35\n# type-threshold Product: 0.5\n# none-threshold: 0.9\n"
                + "bias\tNone\t0\nbias\tModel\t0\nbias\tCompany\t0\nguess\tProduct\t1.0\n");
        assertThat(productOnly.probability(List.of("bias", "guess"), "Product")).isBetween(0.35, 0.5);
        assertThat(productOnly.type(List.of("bias", "guess"))).isNull();
        TypingModel common = read("# type-threshold: 0.35\n# none-threshold: 0.9\n"
                + "bias\tNone\t0\nbias\tModel\t0\nbias\tCompany\t0\nguess\tProduct\t1.0\n");
        assertThat(common.type(List.of("bias", "guess"))).isEqualTo(EntityType.Product);
        m.write(dir);
        assertThat(Files.readString(dir.resolve(TypingModel.FILE))).contains("# type-threshold: 0.35\n# type-threshold Product: 0.5\n");
        assertThat(TypingModel.load(dir).typeThresholds()).containsExactly(java.util.Map.entry("Product", 0.5));
        assertThatThrownBy(() -> read("# type-threshold Produit: 0.5\nbias\tCompany\t1\n")).hasMessageContaining("malformed per-type threshold");
    }

    @Test
    void keepsTheLikeliestTypeOfWhatIsSurelySomeEntity(@TempDir Path dir) throws Exception {
        // "sure": no entity 0.02, Company 0.39, Product 0.32, Model 0.26; "unsure": no entity 0.20, Company 0.33
        String weights = "sure\tNone\t-2\nsure\tCompany\t1\nsure\tProduct\t0.8\nsure\tModel\t0.6\n"
                + "unsure\tNone\t0\nunsure\tCompany\t0.5\nunsure\tProduct\t0.3\nunsure\tModel\t0\n";
        TypingModel off = read("# type-threshold: 0.415\n# none-threshold: 0.5\n" + weights);
        assertThat(off.sureEntity()).isZero();
        assertThat(off.type(List.of("sure"))).isNull();
        TypingModel m = read("# type-threshold: 0.415\n# sure-entity: 0.1\n# none-threshold: 0.5\n" + weights);
        assertThat(m.sureEntity()).isEqualTo(0.1);
        assertThat(m.type(List.of("sure"))).isEqualTo(EntityType.Company);
        // no entity at 0.20 is not unlikely enough: the type threshold still drops the guess
        assertThat(m.probability(List.of("unsure"), TypingModel.NO_ENTITY)).isBetween(0.1, 0.5);
        assertThat(m.type(List.of("unsure"))).isNull();
        m.write(dir);
        assertThat(Files.readString(dir.resolve(TypingModel.FILE))).contains("# sure-entity: 0.1\n");
        assertThat(TypingModel.load(dir).sureEntity()).isEqualTo(0.1);
        assertThatThrownBy(() -> read("# sure-entity: some\nbias\tCompany\t1\n")).hasMessageContaining("malformed sure-entity");
    }

    @Test
    void refusesMalformedFilesNamingTheLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> read("bias\tCompany\n")).isInstanceOf(ChronographException.class).hasMessage("test.tsv:1: expected FEATURE<TAB>LABEL<TAB>WEIGHT");
        assertThatThrownBy(() -> read("# x\nbias\tCompagnie\t1\n")).hasMessage("test.tsv:2: unknown label 'Compagnie'");
        assertThatThrownBy(() -> read("bias\tCompany\tone\n")).hasMessage("test.tsv:1: not a number: 'one'");
        assertThatThrownBy(() -> TypingModel.load(dir)).hasMessageContaining("no model in " + dir);
    }

    @Test
    void theBundledModelLoads() {
        TypingModel m = TypingModel.bundled();
        assertThat(m.header()).anyMatch(h -> h.startsWith("trained on"));
        assertThat(m.weights()).containsKey("bias");
    }
}
