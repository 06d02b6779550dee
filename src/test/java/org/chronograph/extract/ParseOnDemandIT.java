package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction as it runs (parse on demand, English NER without the MUC model) gives the facts of a full CoreNLP run
 * (every annotator on every sentence, as extraction ran before): the visible gold articles ({@code ../shared/corpus}
 * seed and dev, when present), our fixtures and the bundled examples, extracted both ways, give the same JSON but for
 * the differences listed here, each with its reason; and on demand parses fewer sentences.
 */
class ParseOnDemandIT {
    private static final Path CORPUS = Path.of("../shared/corpus");

    /**
     * The differences accepted, by article: entities only CoreNLP's English MUC NER model (7 classes; the one extraction
     * no longer runs) found, all wrong. Their events and moves must be the same; the entities may differ only by these
     * names and by the mentions those names took from others (without "Computer Science", its "Science" is read as
     * short for "Science of Deep Learning", named in the same article).
     */
    private static final Map<String, Set<String>> MUC_ONLY = Map.of(
            "2025-05-02-jakub-pachocki-en.md", Set.of("Computer Science"),
            "2025-10-22-alibaba-cloud-cto-en.md", Set.of("Computer Science"),
            "2025-10-05-leading-llm-engineers-en.md", Set.of("VP of Research"));

    private static List<Article> articles;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        List<Path> inputs = new ArrayList<>();
        inputs.add(Path.of(ParseOnDemandIT.class.getResource("/extract").toURI()));
        inputs.add(Path.of("examples"));
        for (String part : List.of("seed", "dev")) {
            if (Files.isDirectory(CORPUS.resolve(part))) inputs.add(CORPUS.resolve(part));
        }
        articles = new ArticleReader().readAll(inputs).stream().flatMap(r -> r.asArticle().stream()).toList();
    }

    @Test
    void sameFactsWithFewerParses() {
        Extractor onDemand = new Extractor(List.of(), NlpPipelines.Parsing.ON_DEMAND);
        Extractor everySentence = new Extractor(List.of(), NlpPipelines.Parsing.EVERY_SENTENCE);
        List<String> differences = new ArrayList<>();
        Extraction.Work lazy = Extraction.Work.NONE;
        Extraction.Work eager = Extraction.Work.NONE;
        for (Article a : articles) {
            Extraction reference = everySentence.extract(a);
            Extraction x = onDemand.extract(a);
            eager = eager.plus(reference.work());
            lazy = lazy.plus(x.work());
            String expected = ExtractionJson.toLine(reference);
            String actual = ExtractionJson.toLine(x);
            if (!expected.equals(actual) && !justified(a.id(), reference, x)) {
                differences.add(a.id() + ":\n  full run:  " + expected + "\n  on demand: " + actual);
            }
            assertThat(x.work().tokens()).as(a.id()).isEqualTo(reference.work().tokens());
        }
        System.out.printf("ParseOnDemandIT: %d articles; parsed on demand %d of %d sentences, %d of %d tokens (%.0f %%)%n",
                articles.size(), lazy.parsedSentences(), lazy.sentences(), lazy.parsedTokens(), lazy.tokens(),
                100.0 * lazy.parsedTokens() / lazy.tokens());
        assertThat(differences).as("articles whose facts differ").isEmpty();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(16);
        assertThat(eager.parsedSentences()).isGreaterThan(lazy.parsedSentences());
        assertThat(lazy.parsedSentences()).isPositive();
    }

    /** True when the two differ only as {@link #MUC_ONLY} says they may. */
    private static boolean justified(String id, Extraction reference, Extraction x) {
        Set<String> mucOnly = MUC_ONLY.get(id);
        if (mucOnly == null) return false;
        var expected = ExtractionJson.toJson(reference);
        var actual = ExtractionJson.toJson(x);
        Set<String> names = new java.util.TreeSet<>();
        reference.entities().forEach(e -> names.add(e.name()));
        names.removeAll(mucOnly);
        Set<String> actualNames = new java.util.TreeSet<>();
        x.entities().forEach(e -> actualNames.add(e.name()));
        return expected.get("events").equals(actual.get("events")) && expected.get("moves").equals(actual.get("moves"))
                && names.equals(actualNames);
    }

    @AfterAll
    static void releaseModels() {
        // two sets of English NER models: give the heap back to the integration tests that follow
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
