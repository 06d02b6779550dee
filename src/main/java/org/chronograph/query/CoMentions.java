package org.chronograph.query;

import java.util.List;

/**
 * Two entities named together, and where.
 *
 * @param entity    the first entity
 * @param other     the second
 * @param sentences how many sentences name both (0 when none)
 * @param articles  in how many articles
 * @param shown     the sentences, newest articles first (at most the limit asked for)
 */
public record CoMentions(ResolvedEntity entity, ResolvedEntity other, long sentences, long articles,
                         List<SharedSentence> shown) {
    public CoMentions {
        shown = List.copyOf(shown);
    }
}
