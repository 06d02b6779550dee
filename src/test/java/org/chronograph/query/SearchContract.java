package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.Extraction;
import org.chronograph.graph.CoMentionStories;
import org.chronograph.graph.Extractions;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Entity search through the full-text index, and "did you mean" for a name no entity has. */
abstract class SearchContract {
    private GraphConnection graph;
    private EntitySearch search;

    @BeforeEach
    void setUp(GraphConnection graph) {
        this.graph = graph;
        List<Extraction> articles = new ArrayList<>(CoMentionStories.all());
        articles.add(Extractions.article("accents", "fr").title("Élodie Faure rejoint Quillon").published("2025-03-01")
                .entity("Élodie Faure", EntityType.Person)
                .entity("Quillon", EntityType.Company)
                .sentence("Élodie Faure rejoint Quillon.", "Élodie Faure", "Quillon")
                .build());
        new GraphLoader(graph).loadAll(articles);
        search = new EntitySearch(graph);
    }

    @Test
    void wordBeginningsFindNamesAsOneTypesMostMentionedFirst() {
        assertThat(names(search.run("qui", null, 10))).containsExactly("Quill Hub prefix", "Quillon prefix");
        assertThat(names(search.run("hub", null, 10))).containsExactly("Quill Hub prefix");
        assertThat(names(search.run("quill h", null, 10))).containsExactly("Quill Hub prefix");
    }

    @Test
    void anAliasFindsItsEntityAndSaysWhichNameMatched() {
        List<SearchHit> hits = search.run("meridian plat", null, 10);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.name()).isEqualTo("Meridian");
            assertThat(hit.matched()).isEqualTo("Meridian Platforms");
            assertThat(hit.match()).isEqualTo(EntitySearch.PREFIX);
            assertThat(hit.articles()).isEqualTo(2);
        });
    }

    @Test
    void aNameEqualToTheWordsComesFirst() {
        assertThat(search.run("Quillon", null, 10)).first().satisfies(hit -> {
            assertThat(hit.name()).isEqualTo("Quillon");
            assertThat(hit.match()).isEqualTo(EntitySearch.EXACT);
        });
    }

    @Test
    void withoutAPrefixThePartInsideAWordThenANearSpellingIsFound() {
        assertThat(names(search.run("ridia", null, 10))).containsExactly("Meridian infix");
        assertThat(names(search.run("Meridain", null, 10))).containsExactly("Meridian fuzzy");
        assertThat(search.run("Zyxwvut", null, 10)).isEmpty();
    }

    @Test
    void accentsCaseAndPunctuationDoNotMatter() {
        assertThat(names(search.run("ELODIE", null, 10))).containsExactly("Élodie Faure prefix");
        assertThat(names(search.run("élo fau", null, 10))).containsExactly("Élodie Faure prefix");
        assertThat(names(search.run("sable-2", null, 10))).containsExactly("Sable-2 exact");
        assertThat(names(search.run("\") OR name:* //", null, 10))).doesNotContain("Quill Hub prefix");
    }

    @Test
    void aTypeKeepsOnlyItsEntities() {
        assertThat(names(search.run("q", "company", 10))).containsExactly("Quill Hub prefix", "Quillon prefix");
        assertThat(search.run("q", "person", 10)).isEmpty();
        assertThatThrownBy(() -> search.run("q", "robot", 10)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> search.run(" -- ", null, 10)).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void aNameNoEntityHasIsAnErrorThatSaysWhoWasMeant() {
        assertThatThrownBy(() -> new EntityQuery(graph).run("Merid"))
                .isInstanceOf(UnknownEntityException.class)
                .hasMessage("no entity named 'Merid' (did you mean Meridian?)")
                .satisfies(e -> assertThat(((UnknownEntityException) e).suggestions()).extracting(SearchHit::key)
                        .containsExactly("meridian"));
        assertThatThrownBy(() -> new PathQuery(graph).run("Quill Hub", "Meridian Plat", 3))
                .hasMessage("no entity named 'Meridian Plat' (did you mean Meridian (as Meridian Platforms)?)");
        assertThatThrownBy(() -> new EntityQuery(graph).run("Zyxwvut")).hasMessage("no entity named 'Zyxwvut'");
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(h -> h.name() + " " + h.match()).toList();
    }
}
