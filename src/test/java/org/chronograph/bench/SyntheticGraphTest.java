package org.chronograph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronograph.extract.Event;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.ExtractionJson;
import org.chronograph.extract.Move;
import org.chronograph.graph.GraphKeys;
import org.junit.jupiter.api.Test;

/** The synthetic graph and articles: the same seed gives the same data, and the data is shaped like the news. */
class SyntheticGraphTest {

    @Test
    void theSameSeedGivesTheSameExtractions() {
        List<String> first = lines(new SyntheticGraph(500, 11));
        List<String> second = lines(new SyntheticGraph(500, 11));

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void anotherSeedGivesAnotherGraph() {
        assertThat(lines(new SyntheticGraph(500, 11))).isNotEqualTo(lines(new SyntheticGraph(500, 12)));
    }

    @Test
    void theArticlesReportExactlyTheAskedNumberOfDistinctEvents() {
        Set<String> keys = new HashSet<>();
        for (Extraction x : new SyntheticGraph(2_000, 3)) {
            for (Event e : x.events()) {
                keys.add(GraphKeys.event(e.type(), e.participants().stream().map(p -> p.entity().key()).toList(), e.date()));
            }
        }

        assertThat(keys).hasSize(2_000);
    }

    @Test
    void someFactsAreReportedByMoreThanOneArticle() {
        int reports = 0;
        Set<String> keys = new HashSet<>();
        for (Extraction x : new SyntheticGraph(2_000, 3)) {
            for (Event e : x.events()) {
                reports++;
                keys.add(GraphKeys.event(e.type(), e.participants().stream().map(p -> p.entity().key()).toList(), e.date()));
            }
        }

        assertThat(reports).isGreaterThan(keys.size());
    }

    @Test
    void evidenceOffsetsPointAtTheSentenceInTheArticleText() {
        for (Extraction x : new SyntheticGraph(300, 5)) {
            String text = x.article().body().text();
            for (Event e : x.events()) {
                assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().sentence());
            }
            x.entities().forEach(entity -> entity.mentions().forEach(m ->
                    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text())));
        }
    }

    @Test
    void peopleMoveFromWhereTheyWork() {
        List<Move> moves = new ArrayList<>();
        new SyntheticGraph(3_000, 9).forEach(x -> moves.addAll(x.moves()));

        assertThat(moves).isNotEmpty();
        assertThat(moves).filteredOn(m -> m.from() != null && m.to() != null).isNotEmpty()
                .allSatisfy(m -> assertThat(m.from().key()).isNotEqualTo(m.to().key()));
    }

    @Test
    void theSameSeedGivesTheSameArticlesInEnglishAndFrench() {
        List<SyntheticCorpus.Document> first = new SyntheticCorpus(30, 4).documents();

        assertThat(new SyntheticCorpus(30, 4).documents()).isEqualTo(first);
        assertThat(first).extracting(SyntheticCorpus.Document::lang).contains("en", "fr");
        assertThat(first.get(0).markdown()).startsWith("---\ntitle: ").contains("\nlang: ", "\ndate: ");
    }

    @Test
    void aGraphNeedsAtLeastOneEvent() {
        assertThatThrownBy(() -> new SyntheticGraph(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> lines(SyntheticGraph graph) {
        List<String> lines = new ArrayList<>();
        graph.forEach(x -> lines.add(ExtractionJson.toLine(x) + x.article().contentHash()));
        return lines;
    }
}
