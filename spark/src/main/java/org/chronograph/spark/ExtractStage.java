package org.chronograph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.graph.StoredArticles;
import org.chronograph.source.ReadResult;

/**
 * The extraction stage: each task extracts its partition's articles, lazily, with the executor's one
 * {@link org.chronograph.extract.Extractor} ({@link ExecutorExtractor}); an article the graph holds with the same
 * content hash is not extracted again when the job only loads the graph (as {@code ingest} skips it); an article
 * the extraction fails on goes to the bad inputs with {@code ingest}'s message.
 */
final class ExtractStage {
    private ExtractStage() {
    }

    static Iterator<Extracted> extract(Iterator<Numbered> articles, JobSettings settings, BadInputs bad) {
        return new Iterator<>() {
            private final int partition = TaskContext.getPartitionId();
            private CorpusExtraction extraction;
            private StoredArticles stored;
            private Extracted next;

            @Override
            public boolean hasNext() {
                while (next == null && articles.hasNext()) {
                    Numbered n = articles.next();
                    String id = n.article().id();
                    if (settings.skipsStored() && stored().isStored(id, n.article().contentHash())) {
                        next = new Extracted(n.order(), id, null);
                        continue;
                    }
                    switch (extraction().process(new ReadResult.Ok(n.article()))) {
                        case CorpusExtraction.Extracted x -> next = new Extracted(n.order(), id, x.extraction());
                        case CorpusExtraction.Failed f ->
                                bad.add(new BadInput(n.order(), partition, "extract", f.source(), f.line(), f.message()));
                    }
                }
                return next != null;
            }

            @Override
            public Extracted next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Extracted result = next;
                next = null;
                return result;
            }

            private CorpusExtraction extraction() {
                if (extraction == null) {
                    extraction = new CorpusExtraction(ExecutorExtractor.get(settings.extractor()), 1);
                }
                return extraction;
            }

            private StoredArticles stored() {
                if (stored == null) {
                    stored = new StoredArticles(ExecutorGraph.get(settings.graph()));
                }
                return stored;
            }
        };
    }
}
