package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.Body;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A one-word name that opens a longer name of the article ("Velmora", "Velmora Desk") is a candidate of its own; what
 * typing says of the longer name decides whether the two stay two entities (a maker and its product) or are one (a
 * body's full name and its short form). The typer here is a table of ours, so the test reads the resolver's rule alone.
 * Sentences of ours.
 */
class MakerSplitTypingTest {

    private static List<Entity> resolve(String text, Map<String, EntityType> types) {
        String markdown = "---\ntitle: Example\ndate: 2025-09-01\nlang: en\n---\n\n" + text + "\n";
        Article article = new ArticleReader().read("example-en.md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
        Extractor extractor = SharedExtractor.get();
        Extractor.Candidates c = extractor.candidates(article, extractor.sentences(article));
        Function<Candidate, EntityType> typer = cand -> types.get(cand.name());
        return new EntityResolver(w -> false).resolve(c.sentences(), c.spans(), Body.Original::new, typer).entities();
    }

    private static EntityType typeOf(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).map(Entity::type).findFirst().orElse(null);
    }

    private static final String TEXT = "Velmora raised $40 million in May. Velmora Desk now has a "
            + "million users, and Velmora plans a tablet for 2027.";

    @Test
    void aProductsMakerTheTyperDropsStaysACompany() {
        List<Entity> entities = resolve(TEXT, Map.of("Velmora Desk", EntityType.Product));
        assertThat(typeOf(entities, "Velmora")).isEqualTo(EntityType.Company);
        assertThat(typeOf(entities, "Velmora Desk")).isEqualTo(EntityType.Product);
    }

    @Test
    void aMakersProductTheTyperDropsStaysAProduct() {
        List<Entity> entities = resolve(TEXT, Map.of("Velmora", EntityType.Company));
        assertThat(typeOf(entities, "Velmora")).isEqualTo(EntityType.Company);
        assertThat(typeOf(entities, "Velmora Desk")).isEqualTo(EntityType.Product);
    }

    @Test
    void aCompanysFullNameAndItsFirstWordAreOneEntity() {
        // typed a company, "Velmora Desk" is the body's full name (as "Goldman Sachs" and "Goldman")
        List<Entity> entities = resolve(TEXT, Map.of("Velmora Desk", EntityType.Company));
        assertThat(entities).hasSize(1);
        assertThat(entities.getFirst().name()).isEqualTo("Velmora Desk");
        assertThat(entities.getFirst().aliases()).contains("Velmora");
    }
}
