package org.chronograph.graph;

import java.util.List;

/**
 * An analyst's correction of entity resolution, kept as its own node and applied by the loader to every article it
 * writes, so that ingesting again never undoes it.
 *
 * @param id         stable id (shared when curations are exported and imported)
 * @param kind       {@code merge} (the names of {@code source} are the target's), {@code alias} (a name is the
 *                   target's; with a period, the facts of that name dated within it are the target's: a rename),
 *                   or {@code split} (a name is its own entity, the target, no longer {@code source}'s)
 * @param target     key of the entity the names go to
 * @param targetName its name
 * @param targetType its type when the curation sets it (a merge keeps the target's), else {@code null}
 * @param source     key of the entity the names came from ({@code null} for an alias of a new name)
 * @param names      the name keys the curation sends to the target (for a dated alias, the key of the entity renamed)
 * @param labels     those names as written
 * @param from       first day of a dated alias's period ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as given), or
 *                   {@code null}
 * @param to         its last day, or {@code null}
 * @param by         who made it
 * @param at         when (ISO date-time)
 * @param note       why, or {@code null}
 * @param active     false once undone
 * @param undoneBy   who undid it, or {@code null}
 * @param undoneAt   when, or {@code null}
 */
public record Curation(String id, String kind, String target, String targetName, String targetType, String source,
                       List<String> names, List<String> labels, String from, String to, String by, String at, String note,
                       boolean active, String undoneBy, String undoneAt) {
    public static final String MERGE = "merge";
    public static final String ALIAS = "alias";
    public static final String SPLIT = "split";

    public Curation {
        names = List.copyOf(names);
        labels = List.copyOf(labels);
    }

    /** True for an alias with a period (a rename). */
    public boolean dated() {
        return from != null || to != null;
    }
}
