package org.chronograph.query;

import static org.chronograph.extract.EntityType.Company;
import static org.chronograph.extract.EntityType.Model;

import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;
import org.chronograph.graph.Extractions;

/** Extra hand-made articles for timeline ordering: a mid-year event and an undated one. */
final class Timelines {
    private Timelines() {
    }

    /** Orion-3's successor is delayed to mid-2025; an undated restructuring. */
    static Extraction delaysAndRestructuring() {
        return Extractions.article("orion-next", "en").title("Orion-4 slips").published("2024-12-01")
                .entity("Nimbus Labs", Company)
                .entity("Orion-4", Model)
                .event(EventType.DELAY, new EventDate("2025", "MID"), "Orion-4 is now expected in mid-2025.",
                        "Nimbus Labs", "maker", "Orion-4", "model")
                .event(EventType.RESTRUCTURING, (String) null, "Nimbus Labs reorganized its research teams.",
                        "Nimbus Labs", "organization")
                .event(EventType.RELEASE, "2025-02-03", "A preview of Orion-4 shipped on 3 February 2025.",
                        "Orion-4", "model")
                .build();
    }
}
