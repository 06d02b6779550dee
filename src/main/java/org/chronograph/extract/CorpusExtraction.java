package org.chronograph.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.chronograph.ChronographException;
import org.chronograph.source.Article;
import org.chronograph.source.InputProblem;
import org.chronograph.source.ReadResult;

/**
 * Runs the extractor over a stream of read results on several threads, handing outcomes to a
 * consumer in input order. At most {@code 4 x threads} articles are in flight, so memory stays
 * flat however large the corpus. A failing article becomes a {@link Failed} outcome; the run goes on.
 */
public final class CorpusExtraction {
    /** What became of one input. */
    public sealed interface Outcome permits Extracted, Failed {
    }

    /** An article and its facts. */
    public record Extracted(Extraction extraction) implements Outcome {
    }

    /**
     * An input that could not be read or extracted.
     *
     * @param source  the file (and line) it came from
     * @param line    line number for JSON Lines records, else {@code null}
     * @param message one-line reason
     * @param cause   the exception behind it, or {@code null} for bad input found by a reader
     */
    public record Failed(String source, Integer line, String message, Throwable cause) implements Outcome {
        @Override
        public String toString() {
            return source + (line == null ? "" : ":" + line) + ": " + message;
        }
    }

    private final Extractor extractor;
    private final int threads;

    /**
     * @param extractor the shared extractor
     * @param threads   worker threads; 1 extracts on the calling thread
     */
    public CorpusExtraction(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    /** Extracts every article of {@code inputs}, calling {@code sink} once per input, in order. */
    public void run(Stream<ReadResult> inputs, Consumer<Outcome> sink) {
        run(inputs, (outcome, nextReady) -> sink.accept(outcome));
    }

    /** Receives outcomes in input order, and whether the next one is already there (so that a writer can batch). */
    @FunctionalInterface
    public interface Sink {
        void accept(Outcome outcome, boolean nextReady);
    }

    /**
     * Like {@link #run(Stream, Consumer)}, telling the sink with each outcome whether the next is ready too: a
     * writer can then write at once when extraction is the slower side, and in batches when it is the faster.
     */
    public void run(Stream<ReadResult> inputs, Sink sink) {
        Iterator<ReadResult> it = inputs.iterator();
        if (threads == 1) {
            while (it.hasNext()) sink.accept(process(it.next()), false);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        try {
            while (it.hasNext()) {
                ReadResult next = it.next();
                window.addLast(pool.submit(() -> process(next)));
                if (window.size() >= threads * 4) sink.accept(take(window.removeFirst()), window.peekFirst().isDone());
            }
            while (!window.isEmpty()) {
                Outcome outcome = take(window.removeFirst());
                sink.accept(outcome, !window.isEmpty() && window.peekFirst().isDone());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Extracts one read result. */
    public Outcome process(ReadResult result) {
        return switch (result) {
            case InputProblem p -> new Failed(p.source(), p.line(), p.message(), null);
            case ReadResult.Ok ok -> extractOne(ok.article());
        };
    }

    private Outcome extractOne(Article article) {
        try {
            return new Extracted(extractor.extract(article));
        } catch (ChronographException e) {
            return new Failed(article.source(), null, e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(article.source(), null, "extraction failed: " + e, e);
        }
    }

    private static Outcome take(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChronographException("interrupted", e);
        } catch (ExecutionException e) {
            throw new ChronographException("extraction failed: " + e.getCause(), e.getCause());
        }
    }
}
