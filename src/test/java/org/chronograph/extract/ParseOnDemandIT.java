package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction as it runs (each sentence parsed only when something reads its parse) gives the facts of a full CoreNLP
 * run (every annotator on every sentence, as extraction ran before): the visible gold articles ({@code ../shared/corpus}
 * seed and dev, when present), our fixtures and the bundled examples, extracted both ways, give the same JSON, and on
 * demand parses fewer sentences.
 */
class ParseOnDemandIT {
    private static final Path CORPUS = Path.of("../shared/corpus");

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
            if (!expected.equals(actual)) {
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

    @AfterAll
    static void releaseModels() {
        // two sets of CoreNLP models: give the heap back to the integration tests that follow
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
