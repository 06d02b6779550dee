package org.chronograph.spark;

import java.io.Serializable;
import org.chronograph.extract.Extraction;

/**
 * An article after the extraction stage: its facts, or none when the graph already holds it with the same content
 * hash (it was then not extracted again, as {@code ingest} skips it).
 *
 * @param order      its place in the corpus
 * @param articleId  its id
 * @param extraction its facts, or {@code null} when stored unchanged
 */
record Extracted(Order order, String articleId, Extraction extraction) implements Serializable {

    boolean storedUnchanged() {
        return extraction == null;
    }
}
