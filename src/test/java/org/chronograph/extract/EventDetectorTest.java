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
            en | PROBE | Mira Solberg bowed out of Quantica Labs last spring after six years.
            en | PROBE | Mira Solberg took the reins at Quantica Labs in March 2024.
            en | PROBE | Quantica Labs pulled the wraps off Nebula-3, its new coding model, in June 2025.
            en | PROBE | Redwood Ventures and Hexa Partners poured $30 million into Quantica Labs in May 2025.
            en | PROBE | Quantica Labs snapped up the robotics startup Veltrix for $200 million.
            en | PROBE | Mira Solberg set up Quantica Labs with two former colleagues in 2019.
            en | PROBE | Mira Solberg came aboard Quantica Labs as head of research in 2023.
            en | PROBE | Quantica Labs and Veltrix teamed up on chips for robots.
            fr | PROBE | Claire Dubois a tiré sa révérence chez Solvane au printemps dernier.
            fr | PROBE | Claire Dubois a posé ses valises chez Solvane en 2023.
            fr | PROBE | Solvane a mis en ligne Nebula-3, son nouveau modèle, en juin 2025.
            fr | PROBE | Hexa Partners a injecté 30 millions d'euros dans Solvane en mai 2025.
            fr | PROBE | Solvane a mis la main sur la jeune pousse Veltrix pour 200 millions d'euros.
            fr | PROBE | Claire Dubois a monté Solvane avec deux anciens collègues en 2019.
            fr | PROBE | Claire Dubois prend les commandes de Solvane en mars 2024.
            fr | PROBE | Solvane et Veltrix s'associent pour concevoir des puces.
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
