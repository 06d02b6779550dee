package org.chronograph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.InputProblem;
import org.chronograph.source.ReadResult;

/**
 * The read stage: each task opens its files through Hadoop's file system API and reads them with the project's
 * reader (JSON Lines lazily, one record at a time); what cannot be read goes to the bad inputs. Then, after the
 * articles are spread over the extraction partitions by id, the first article of each id in input order is kept and
 * the others are bad inputs, as {@code ingest} reports a repeated id.
 */
final class ReadStage {
    private ReadStage() {
    }

    /** The articles of a partition's files, lazily, in input order. */
    static Iterator<Numbered> read(Iterator<InputFile> files, HadoopConf conf, ExtractorSpec spec, BadInputs bad) {
        ArticleReader reader = spec.reader();
        int partition = TaskContext.getPartitionId();
        FileReads reads = new FileReads(files, conf, reader, bad, partition);
        TaskContext context = TaskContext.get();
        if (context != null) {
            context.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reads.close());
        }
        return reads;
    }

    /** The first article of an id, in input order; the others are reported as repeated ids. */
    static Iterator<Numbered> firstOfId(Iterable<Numbered> sameId, BadInputs bad) {
        List<Numbered> all = new ArrayList<>();
        sameId.forEach(all::add);
        all.sort(Comparator.comparing(Numbered::order));
        Numbered first = all.get(0);
        for (Numbered repeated : all.subList(1, all.size())) {
            InputProblem problem = InputProblem.duplicateId(repeated.article(), first.article().source());
            bad.add(BadInput.of(repeated.order(), TaskContext.getPartitionId(), "read", problem));
        }
        return List.of(first).iterator();
    }

    /** Chains the read results of one file after another, one file open at a time. */
    private static final class FileReads implements Iterator<Numbered> {
        private final Iterator<InputFile> files;
        private final HadoopConf conf;
        private final ArticleReader reader;
        private final BadInputs bad;
        private final int partition;
        private InputFile file;
        private Stream<ReadResult> open;
        private Iterator<ReadResult> results;
        private long record;
        private Numbered next;

        FileReads(Iterator<InputFile> files, HadoopConf conf, ArticleReader reader, BadInputs bad, int partition) {
            this.files = files;
            this.conf = conf;
            this.reader = reader;
            this.bad = bad;
            this.partition = partition;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (results != null && results.hasNext()) {
                    Order order = new Order(file.order(), record++);
                    switch (results.next()) {
                        case ReadResult.Ok ok -> next = new Numbered(order, ok.article());
                        case InputProblem problem -> bad.add(BadInput.of(order, partition, "read", problem));
                    }
                    continue;
                }
                close();
                if (!files.hasNext()) {
                    return false;
                }
                file = files.next();
                record = 0;
                open = open(file);
                results = open.iterator();
            }
            return true;
        }

        @Override
        public Numbered next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Numbered result = next;
            next = null;
            return result;
        }

        void close() {
            if (open != null) {
                open.close();
                open = null;
                results = null;
            }
        }

        private Stream<ReadResult> open(InputFile file) {
            try {
                Path path = new Path(file.uri());
                FileSystem fs = path.getFileSystem(conf.get());
                InputStream in = fs.open(path);
                return reader.read(file.source(), in, file.size());
            } catch (FileNotFoundException e) {
                return Stream.of(new InputProblem(file.source(), null, "no such file or folder"));
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                return Stream.of(new InputProblem(file.source(), null, "cannot read (" + message + ")"));
            }
        }
    }
}
