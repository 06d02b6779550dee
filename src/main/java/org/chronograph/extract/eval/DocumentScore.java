package org.chronograph.extract.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores of one gold document.
 *
 * @param file    the article file name (the gold's {@code document.file}, base name)
 * @param lang    the gold's {@code document.lang}, or {@code null}
 * @param missing true when there was no prediction for it (scored as an empty prediction)
 * @param parts   counts per part, every part present
 * @param types   counts of the {@code entities} part per entity type, in {@link Scorer#ENTITY_TYPES} order
 * @param dates   date agreement over matched events and moves
 */
public record DocumentScore(String file, String lang, boolean missing, Map<Part, Counts> parts,
                            Map<String, Counts> types, DateCounts dates) {
    public DocumentScore {
        parts = Collections.unmodifiableMap(new EnumMap<>(parts));
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** The F1 of one part. */
    public double f1(Part part) {
        return parts.get(part).f1();
    }
}
