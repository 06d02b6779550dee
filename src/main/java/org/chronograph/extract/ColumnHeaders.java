package org.chronograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The events a table's column headers name ("Founded", "Funding (as of Q3 2025)", "Arrivée"), read with the same
 * trigger words as sentences, once per header and article. A header that names none ("Date", "Année", "Round") labels
 * its cells without stating a fact of its own.
 */
final class ColumnHeaders {
    private final Triggers triggers;
    private final String lang;
    /** Reads a header's text as sentences (tokens, tags, lemmas), for the trigger rules. */
    private final Function<String, List<AnalyzedSentence>> reader;
    private final Map<String, List<Triggers.Hit>> read = new HashMap<>();

    ColumnHeaders(Triggers triggers, String lang, Function<String, List<AnalyzedSentence>> reader) {
        this.triggers = triggers;
        this.lang = lang;
        this.reader = reader;
    }

    /** The triggers a header's words state ("Founded", "Funding (as of Q3 2025)"), by the same rules as sentences. */
    List<Triggers.Hit> triggersOf(String header) {
        // a column's name is a label, its capitals no name cue: read lower-cased, as in a sentence ("Fondée": "fondée")
        // and its participles take their verb's lemma, as in sentences (EventFinder): "fondée" is "fonder"
        return read.computeIfAbsent(header, h -> {
            VerbLemmas lemmas = VerbLemmas.bundled(lang);
            List<Triggers.Hit> hits = new ArrayList<>();
            for (AnalyzedSentence s : reader.apply(h.toLowerCase(Locale.ROOT))) {
                if (lemmas != null) lemmas.annotate(s.tokens());
                hits.addAll(triggers.findInColumn(lang, s));
            }
            return List.copyOf(hits);
        });
    }

    /** Whether a header (or {@code null}, no header) names an event. */
    boolean namesEvent(String header) {
        return header != null && !triggersOf(header).isEmpty();
    }
}
