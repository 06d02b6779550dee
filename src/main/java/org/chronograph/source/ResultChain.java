package org.chronograph.source;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Chains the results of each input lazily, one input open at a time, and turns a repeated article id into a
 * problem. Unlike {@code Stream.flatMap}, pulling through an iterator never buffers a whole JSON Lines file.
 */
final class ResultChain implements Iterator<ReadResult>, AutoCloseable {
    private final Iterator<InputWalker.Input> inputs;
    private final Function<InputWalker.Input, Iterator<ReadResult>> open;
    private final Map<String, String> seen = new HashMap<>();
    private Iterator<ReadResult> current = Collections.emptyIterator();

    ResultChain(Iterator<InputWalker.Input> inputs, Function<InputWalker.Input, Iterator<ReadResult>> open) {
        this.inputs = inputs;
        this.open = open;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            closeCurrent();
            if (!inputs.hasNext()) {
                return false;
            }
            current = open.apply(inputs.next());
        }
        return true;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return unique(current.next());
    }

    /** Closes the input being read, if any. */
    @Override
    public void close() {
        closeCurrent();
    }

    private void closeCurrent() {
        if (current instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing a file we only read cannot lose data; nothing to report
            }
        }
        current = Collections.emptyIterator();
    }

    private ReadResult unique(ReadResult result) {
        if (result instanceof ReadResult.Ok(Article article)) {
            String first = seen.putIfAbsent(article.id(), article.source());
            if (first != null) {
                return InputProblem.duplicateId(article, first);
            }
        }
        return result;
    }
}
