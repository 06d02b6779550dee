package org.chronograph.spark;

import java.io.Serializable;
import org.chronograph.source.Article;

/** An article read by the job, with its place in the corpus. */
record Numbered(Order order, Article article) implements Serializable {
}
