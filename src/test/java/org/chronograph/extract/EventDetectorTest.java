package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled event detector on sentences of ours that state events in words the trigger rules do not know: the
 * rules make no event of the type, the detector does, and its event has the sentence's entities as participants.
 */
class EventDetectorTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | PROBE | After ten years at Veltrix, Mira Solberg now advises startups.
            en | PROBE | Mira Solberg spent a decade at Veltrix before moving on in 2022.
            en | PROBE | Nebula-3, the new model from Quantica Labs, has been available to developers since June 2025.
            en | PROBE | Quantica Labs secured $30 million from Redwood Ventures in May 2025.
            en | PROBE | Mira Solberg, an alumna of Veltrix, now runs research at Quantica Labs.
            en | PROBE | Its chief scientist, Mira Solberg, came over from Veltrix in 2024.
            en | PROBE | Quantica Labs now belongs to Veltrix, after a $200 million deal.
            fr | PROBE | Après dix ans chez Veltrix, Claire Dubois conseille aujourd'hui des jeunes pousses.
            fr | PROBE | Nebula-3, le nouveau modèle de Solvane, est disponible pour les développeurs depuis juin 2025.
            fr | PROBE | Claire Dubois a passé dix ans chez Veltrix avant de partir en 2022.
            fr | PROBE | Solvane a obtenu 30 millions d'euros de Hexa Partners en mai 2025.
            fr | PROBE | Claire Dubois, ancienne de Veltrix, dirige désormais la recherche de Solvane.
            fr | PROBE | Sa directrice scientifique, Claire Dubois, est arrivée de Veltrix en 2024.
            fr | PROBE | Solvane appartient désormais à Veltrix, après un accord de 200 millions d'euros.
            """)
    void theDetectorAddsTheEventTheRulesMiss(String lang, String type, String sentence) {
        List<String> seen = new ArrayList<>();
        Extraction x = extract(sentence, lang, (s, features, ruleTypes, candidates) -> {
            Map<EventType, Double> p = EventDetector.bundled().probabilities(features);
            seen.add("rules " + ruleTypes + " candidates " + candidates.keySet() + " p " + p);
        });
        System.out.println("PROBE " + lang + " " + sentence + "\n   " + seen + "\n   " + x.events());
    }

    static Extraction extract(String text, String lang, EventDetector.Observer observer) {
        String markdown = "---\ntitle: Example\ndate: 2025-09-01\nlang: " + lang + "\n---\n\n" + text + "\n";
        Article article = new ArticleReader().read("example-" + lang + ".md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
        return SharedExtractor.get().extract(article, null, observer);
    }
}
