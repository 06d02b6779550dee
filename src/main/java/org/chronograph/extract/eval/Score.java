package org.chronograph.extract.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summed scores of a set of gold documents (micro-averaged: counts are added, then divided).
 *
 * @param documents how many gold documents were scored
 * @param missing   file names of the gold documents without a prediction, in gold order
 * @param parts     counts per part
 * @param types     counts of the {@code entities} part per entity type
 * @param dates     date agreement
 */
public record Score(int documents, List<String> missing, Map<Part, Counts> parts, Map<String, Counts> types,
                    DateCounts dates) {
    public Score {
        missing = List.copyOf(missing);
        parts = Collections.unmodifiableMap(new EnumMap<>(parts));
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** The sum over documents (an empty list gives zero counts). */
    public static Score of(List<DocumentScore> docs) {
        Map<Part, Counts> parts = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            parts.put(p, Counts.ZERO);
        }
        Map<String, Counts> types = new LinkedHashMap<>();
        for (String t : Scorer.ENTITY_TYPES) {
            types.put(t, Counts.ZERO);
        }
        DateCounts dates = DateCounts.ZERO;
        for (DocumentScore d : docs) {
            d.parts().forEach((p, c) -> parts.merge(p, c, Counts::plus));
            d.types().forEach((t, c) -> types.merge(t, c, Counts::plus));
            dates = dates.plus(d.dates());
        }
        List<String> missing = docs.stream().filter(DocumentScore::missing).map(DocumentScore::file).toList();
        return new Score(docs.size(), missing, parts, types, dates);
    }

    /** The counts of one part. */
    public Counts part(Part part) {
        return parts.get(part);
    }
}
