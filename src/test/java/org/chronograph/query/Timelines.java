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

    /**
     * Vela Systems' year 2019, dated at every precision: months, quarters, halves (one with an END modifier) and the
     * year, so that a period cut in the middle of each shows which of them overlap it.
     */
    static Extraction velaCalendar() {
        return Extractions.article("vela-2019", "en").title("Vela Systems' year").published("2020-01-15")
                .entity("Vela Systems", Company)
                .event(EventType.FUNDING, "2019-04", "Vela Systems raised money in April 2019.", "Vela Systems", "recipient")
                .event(EventType.RELEASE, "2019-05", "Vela Systems shipped a model in May 2019.", "Vela Systems", "maker")
                .event(EventType.PARTNERSHIP, "2019-Q1", "Vela Systems signed a partner in the first quarter.", "Vela Systems", "party")
                .event(EventType.RESTRUCTURING, "2019-Q2", "Vela Systems reorganized in the second quarter.", "Vela Systems", "organization")
                .event(EventType.DELAY, new EventDate("2019-H1", "END"), "A model slipped at the end of the first half.",
                        "Vela Systems", "maker")
                .event(EventType.LEGAL, "2019-H2", "Vela Systems was sued in the second half.", "Vela Systems", "party")
                .event(EventType.ACQUISITION, "2019", "Vela Systems bought a start-up in 2019.", "Vela Systems", "acquirer")
                .build();
    }
}
