package org.chronograph.extract;

import java.util.List;
import java.util.SortedSet;

/**
 * One training example of the typer: a candidate of an annotated article, its features, and its label (the type of
 * the annotated entity it names, or {@link TypingModel#NO_ENTITY}).
 *
 * @param document the article file name
 * @param story    the article's name without its language suffix: translations of one article share it
 * @param candidate the candidate
 * @param features its features
 * @param label    what the annotation says it is
 * @param vote     what the hand-weighted vote typed it (the baseline), or {@code null} when it dropped it
 */
record TypingExample(String document, String story, Candidate candidate, SortedSet<String> features, String label, EntityType vote) {

    /** The article-order list of the example's mention texts, for reports. */
    List<String> forms() {
        return candidate.spans().stream().map(Span::text).distinct().toList();
    }
}
