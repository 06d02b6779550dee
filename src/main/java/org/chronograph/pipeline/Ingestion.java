package org.chronograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chronograph.extract.CorpusExtraction;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Extractor;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.GraphUnavailableException;
import org.chronograph.graph.LoadOutcome;
import org.chronograph.graph.StoredArticles;
import org.chronograph.source.ReadResult;

/**
 * Reads, extracts and loads a corpus in one streaming pass: articles already stored with the same
 * content hash are skipped before extraction, the others are extracted on several threads and
 * written in input order: at once when extraction is the slower side, else up to {@value #BATCH} articles per
 * transaction (an article the database refuses is
 * retried alone, so one bad article never takes others with it). Memory stays bounded by the articles in flight.
 * Bad inputs are reported and the run goes on; a database that stays unreachable through the driver's retries
 * ends the run ({@link GraphUnavailableException}).
 */
public final class Ingestion {
    /** Most extracted articles waiting to be written together. */
    public static final int BATCH = 32;

    private final Extractor extractor;
    private final CorpusExtraction extraction;
    private final GraphLoader loader;
    private final StoredArticles stored;
    private final boolean force;

    /**
     * @param extractor shared extractor
     * @param graph     open graph connection
     * @param threads   extraction threads
     * @param force     re-extract and replace articles even when stored with the same hash
     */
    public Ingestion(Extractor extractor, GraphConnection graph, int threads, boolean force) {
        this.extractor = extractor;
        this.extraction = new CorpusExtraction(extractor, threads);
        this.loader = new GraphLoader(graph);
        this.stored = new StoredArticles(graph);
        this.force = force;
    }

    /** Counts of one run. */
    public static final class Summary {
        private int created;
        private int unchanged;
        private int replaced;
        private int entities;
        private int events;
        private int moves;
        private long tokens;
        private double modelSeconds;
        private final List<CorpusExtraction.Failed> failures = new ArrayList<>();

        public int created() {
            return created;
        }

        public int unchanged() {
            return unchanged;
        }

        public int replaced() {
            return replaced;
        }

        public int articles() {
            return created + unchanged + replaced;
        }

        public int entities() {
            return entities;
        }

        public int events() {
            return events;
        }

        public int moves() {
            return moves;
        }

        /** Tokens of the articles extracted (as CoreNLP counts them; unchanged articles are not extracted). */
        public long tokens() {
            return tokens;
        }

        /** Seconds of the run spent loading CoreNLP models. */
        public double modelSeconds() {
            return modelSeconds;
        }

        public List<CorpusExtraction.Failed> failures() {
            return List.copyOf(failures);
        }

        void add(LoadOutcome o) {
            switch (o.status()) {
                case CREATED -> created++;
                case UNCHANGED -> unchanged++;
                case REPLACED -> replaced++;
            }
            entities += o.entities();
            events += o.events();
            moves += o.moves();
        }
    }

    /**
     * Runs the ingest.
     *
     * @param inputs    read results, consumed lazily
     * @param onArticle called after each article is stored or skipped as unchanged
     * @param onFailure called for each input that could not be read, extracted or stored; may throw to stop
     */
    public Summary run(Stream<ReadResult> inputs, Consumer<LoadOutcome> onArticle, Consumer<CorpusExtraction.Failed> onFailure) {
        Summary summary = new Summary();
        double modelSecondsBefore = extractor.modelLoadingSeconds();
        Stream<ReadResult> toExtract = inputs.filter(r -> {
            if (force || !(r instanceof ReadResult.Ok ok)) return true;
            if (!stored.isStored(ok.article().id(), ok.article().contentHash())) return true;
            LoadOutcome unchanged = new LoadOutcome(ok.article().id(), LoadOutcome.Status.UNCHANGED, 0, 0, 0);
            summary.add(unchanged);
            onArticle.accept(unchanged);
            return false;
        });
        List<Extraction> pending = new ArrayList<>(BATCH);
        extraction.run(toExtract, (outcome, nextReady) -> {
            switch (outcome) {
                case CorpusExtraction.Failed f -> {
                    // what came before the failure is stored first, also when the failure stops the run
                    store(pending, summary, onArticle, onFailure);
                    summary.failures.add(f);
                    onFailure.accept(f);
                }
                case CorpusExtraction.Extracted x -> {
                    summary.tokens += x.extraction().work().tokens();
                    pending.add(x.extraction());
                    // write at once when the next article is not extracted yet, else gather a batch
                    if (!nextReady || pending.size() >= BATCH) store(pending, summary, onArticle, onFailure);
                }
            }
        });
        store(pending, summary, onArticle, onFailure);
        summary.modelSeconds = extractor.modelLoadingSeconds() - modelSecondsBefore;
        return summary;
    }

    /** Writes the pending extractions in one batch and empties the list. */
    private void store(List<Extraction> pending, Summary summary, Consumer<LoadOutcome> onArticle,
                       Consumer<CorpusExtraction.Failed> onFailure) {
        List<LoadOutcome> outcomes = loader.loadBatch(pending, force, (x, e) -> {
            CorpusExtraction.Failed f = new CorpusExtraction.Failed(x.article().source(), null, e.getMessage(), e);
            summary.failures.add(f);
            onFailure.accept(f);
        });
        pending.clear();
        for (LoadOutcome outcome : outcomes) {
            summary.add(outcome);
            onArticle.accept(outcome);
        }
    }
}
