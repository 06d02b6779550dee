package org.chronograph.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a record stands in the corpus, in the order {@code ingest} reads it: the input file's place in the listing
 * (arguments as given, folders depth first, names sorted), then the record's place in the file (0 for a document,
 * the line for JSON Lines).
 *
 * @param file   index of the input file in the listing
 * @param record index of the record in its file
 */
record Order(int file, long record) implements Serializable, Comparable<Order> {

    /** Input order, as a serializable comparator for Spark's sorts. */
    static final Comparator<Order> INPUT = new InputOrder();

    @Override
    public int compareTo(Order other) {
        int byFile = Integer.compare(file, other.file);
        return byFile != 0 ? byFile : Long.compare(record, other.record);
    }

    private static final class InputOrder implements Comparator<Order>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Order a, Order b) {
            return a.compareTo(b);
        }
    }
}
