package org.chronograph.graph;

/**
 * What loading one article did.
 *
 * @param articleId the article
 * @param status    whether the article was new, already there with the same content, or replaced
 * @param entities  entities the article names (after resolution; 0 when unchanged)
 * @param events    distinct events it reports (0 when unchanged)
 * @param moves     distinct moves it reports (0 when unchanged)
 */
public record LoadOutcome(String articleId, Status status, int entities, int events, int moves) {

    /** Whether the graph changed, and how. */
    public enum Status {
        /** The article was not in the graph. */
        CREATED,
        /** The article was there with the same content hash: nothing was written. */
        UNCHANGED,
        /** The article was there with another hash: its old facts were removed and the new ones written. */
        REPLACED
    }

    static LoadOutcome unchanged(String articleId) {
        return new LoadOutcome(articleId, Status.UNCHANGED, 0, 0, 0);
    }
}
