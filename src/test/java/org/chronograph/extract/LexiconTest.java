package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronograph.ChronographException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    @Test
    void findsEntriesByNameAliasAndFoldedCase() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.find("Meta Platforms")).get().extracting(LexiconEntry::name).isEqualTo("Meta");
        assertThat(lexicon.find("NVIDIA")).get().extracting(LexiconEntry::name).isEqualTo("Nvidia");
        assertThat(lexicon.find("FAIR")).get().extracting(LexiconEntry::type).isEqualTo(EntityType.Organization);
        assertThat(lexicon.find("arm")).isEmpty();
    }

    @Test
    void knowsWhoMakesAModelFamily() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.makerOf("Llama 4 Scout")).get().extracting(LexiconEntry::name).isEqualTo("Meta");
        assertThat(lexicon.makerOf("GPT-4o")).get().extracting(LexiconEntry::name).isEqualTo("OpenAI");
        assertThat(lexicon.makerOf("Aurora 2")).isEmpty();
    }

    @Test
    void userEntriesExtendAndOverrideTheBundledOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# my lab\nCompany\tNordlicht AI\tNordlicht\nModel\tAurora\t\tfamily,maker=Nordlicht AI\n"
                + "Organization\tMeta\t\t\n");
        Lexicon lexicon = Lexicon.load(List.of(file));
        assertThat(lexicon.find("Nordlicht")).get().extracting(LexiconEntry::name).isEqualTo("Nordlicht AI");
        assertThat(lexicon.makerOf("Aurora 2")).get().extracting(LexiconEntry::name).isEqualTo("Nordlicht AI");
        assertThat(lexicon.find("Meta")).get().extracting(LexiconEntry::type).isEqualTo(EntityType.Organization);
    }

    @Test
    void aMalformedUserLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "Company\tGood\nCompnay\tTypo\n");
        assertThatThrownBy(() -> Lexicon.load(List.of(file)))
                .isInstanceOf(ChronographException.class)
                .hasMessageContaining("bad.tsv:2")
                .hasMessageContaining("unknown type 'Compnay'");
    }

    @Test
    void noNameBelongsToTwoEntries() {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (LexiconEntry e : Lexicon.bundled().entries()) {
            java.util.List<String> forms = new java.util.ArrayList<>(e.aliases());
            forms.add(e.name());
            for (String form : forms) {
                String key = form.length() >= 4 ? EntityKeys.of(form) : form;
                String before = owner.putIfAbsent(key, e.name());
                assertThat(before == null || before.equals(e.name()))
                        .as("'%s' names both %s and %s", form, before, e.name()).isTrue();
            }
        }
    }

    @Test
    void knowsPublicBodiesExchangesChipsAndTheirFrenchNames() {
        Lexicon lexicon = Lexicon.bundled();
        assertThat(lexicon.find("Bourse de Paris")).get().extracting(LexiconEntry::name, LexiconEntry::type)
                .containsExactly("Euronext", EntityType.Organization);
        assertThat(lexicon.find("Pentagone")).get().extracting(LexiconEntry::name).isEqualTo("Department of Defense");
        assertThat(lexicon.find("Tensor Processing Unit")).get().extracting(LexiconEntry::type).isEqualTo(EntityType.Product);
        assertThat(lexicon.makerOf("H100")).get().extracting(LexiconEntry::name).isEqualTo("Nvidia");
        assertThat(lexicon.makerOf("Mistral Large 2")).get().extracting(LexiconEntry::name).isEqualTo("Mistral AI");
        assertThat(lexicon.find("Agence France-Presse")).get().extracting(LexiconEntry::type).isEqualTo(EntityType.Company);
    }
}
