package org.chronograph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.ExtractionJson;
import org.chronograph.extract.Extractor;
import org.chronograph.source.Article;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * One extractor, and so one CoreNLP pipeline per language, shared by several threads gives the same facts as one
 * thread: the pipelines are safe to share.
 */
class SharedPipelineTest {

    @Test
    void fourThreadsSharingThePipelinesExtractWhatOneThreadExtracts() {
        List<Article> articles = ExtractionBench.articles(16, 21);
        Extractor extractor = new Extractor();

        List<String> oneThread = extract(extractor, articles, 1);
        List<String> fourThreads = extract(extractor, articles, 4);

        assertThat(oneThread).hasSize(16).noneMatch(line -> line.startsWith("failed"));
        assertThat(oneThread).anyMatch(line -> line.contains("\"events\":[{"));
        assertThat(fourThreads).isEqualTo(oneThread);
    }

    private static List<String> extract(Extractor extractor, List<Article> articles, int threads) {
        List<String> lines = new ArrayList<>();
        new CorpusExtraction(extractor, threads).run(articles.stream().map(a -> (ReadResult) new ReadResult.Ok(a)), outcome -> {
            switch (outcome) {
                case CorpusExtraction.Extracted x -> lines.add(ExtractionJson.toLine(x.extraction()));
                case CorpusExtraction.Failed f -> lines.add("failed: " + f);
            }
        });
        return lines;
    }
}
