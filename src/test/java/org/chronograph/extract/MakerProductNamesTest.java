package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Names made of a maker and a product's word ("Velmora V9"), organizations' names with a capitalised word that spells
 * a gazetteer acronym ("Fair", not FAIR), and hyphenated given names stay whole among the candidates. Sentences of ours.
 */
class MakerProductNamesTest {

    private static List<String> candidates(String text) {
        String markdown = "---\ntitle: Example\ndate: 2025-09-01\nlang: en\n---\n\n" + text + "\n";
        Article article = new ArticleReader().read("example-en.md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
        Extractor extractor = SharedExtractor.get();
        return extractor.candidates(article, extractor.sentences(article)).candidates().stream().map(Candidate::name).toList();
    }

    @Test
    void aMakersNameBeforeAVersionIsTheProductsName() {
        List<String> names = candidates("Velmora, the Oslo hardware startup, showed the Velmora V9 on Monday. "
                + "Velmora said the V9 ships in June.");
        assertThat(names).contains("Velmora", "Velmora V9");
    }

    @Test
    void aMakersNameBeforeAWordNextToAProductNounIsTheProductsName() {
        // the maker must be found as a company on its own: here after "the startup"
        List<String> names = candidates("The Oslo startup Velmora opened the Velmora Wallet app to everyone in May. "
                + "Shops pay no fee until July, Velmora said.");
        assertThat(names).contains("Velmora", "Velmora Wallet");
    }

    @Test
    void aCapitalisedWordThatSpellsAGazetteerAcronymDoesNotSplitAnOrganizationsName() {
        List<String> names = candidates("The Norway Consumer Data Authority fined Velmora in March 2025. "
                + "The Chile Fair Competition Council opened an inquiry into the deal.");
        assertThat(names).contains("Norway Consumer Data Authority", "Chile Fair Competition Council")
                .doesNotContain("Consumer Data Authority", "Fair");
    }

    @Test
    void aHyphenatedGivenNameStaysInThePersonsName() {
        List<String> names = candidates("\"We will ship in June,\" said Park Seo-yeon, who leads the hardware team at Velmora.");
        assertThat(names).contains("Park Seo-yeon");
    }
}
