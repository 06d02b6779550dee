package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One real-world event told twice is one entry (FORMAT.md): a one-off event told twice with dates of its own that fit,
 * and a funding retold with fewer participants, merge; fundings at other dates or of several companies at once do not.
 * Events of ours, built directly (the merger reads no text).
 */
class EventMergerTest {
    private static final EntityRef VELTRIX = new EntityRef("veltrix", "Veltrix", EntityType.Company);
    private static final EntityRef SOLVANE = new EntityRef("solvane", "Solvane", EntityType.Company);
    private static final EntityRef ORBIT = new EntityRef("orbit-capital", "Orbit Capital", EntityType.Company);
    private static final EntityRef ANA = new EntityRef("ana-costa", "Ana Costa", EntityType.Person);
    private static final EntityRef LEO = new EntityRef("leo-brandt", "Leo Brandt", EntityType.Person);

    private static Event event(EventType type, String date, Participant... participants) {
        return new Event(type, date == null ? null : EventDate.of(date), List.of(participants), new Evidence("s", 0, 1), 0.8);
    }

    @Test
    void aFoundingToldInAChronologyAndInProseIsOneAtTheMorePreciseDate() {
        EventMerger m = new EventMerger();
        // "2016: founding of Veltrix." then "Veltrix was founded in March 2016 by Ana Costa and Leo Brandt."
        m.add(event(EventType.FOUNDING, "2016", new Participant(ANA, "founder"), new Participant(VELTRIX, "founded")), true);
        m.add(event(EventType.FOUNDING, "2016-03", new Participant(ANA, "founder"), new Participant(LEO, "founder"),
                new Participant(VELTRIX, "founded")), true);
        assertThat(m.events()).singleElement().satisfies(e -> {
            assertThat(e.participantKeys()).containsExactlyInAnyOrder("ana-costa", "leo-brandt", "veltrix");
            assertThat(e.date().value()).isEqualTo("2016-03");
        });
    }

    @Test
    void aFoundingToldAtTwoYearsStaysTwo() {
        EventMerger m = new EventMerger();
        m.add(event(EventType.FOUNDING, "2016", new Participant(ANA, "founder"), new Participant(VELTRIX, "founded")), true);
        m.add(event(EventType.FOUNDING, "2019", new Participant(ANA, "founder"), new Participant(LEO, "founder"),
                new Participant(VELTRIX, "founded")), true);
        assertThat(m.events()).hasSize(2);
    }

    @Test
    void aFundingRetoldWithoutItsInvestorIsOne() {
        EventMerger m = new EventMerger();
        // "Veltrix raises EUR 20 million." then "The round, led by Orbit Capital, closed on Tuesday."
        m.add(event(EventType.FUNDING, null, new Participant(VELTRIX, "funded")), false);
        m.add(event(EventType.FUNDING, "2026-03", new Participant(VELTRIX, "funded"), new Participant(ORBIT, "investor")), true);
        assertThat(m.events()).singleElement().satisfies(e -> assertThat(e.participantKeys()).contains("orbit-capital"));
    }

    @Test
    void aFundingAtAnotherDateIsAnotherRound() {
        EventMerger m = new EventMerger();
        // "Veltrix had raised EUR 5 million in 2024." and "In March 2026 Orbit Capital led its EUR 20 million round."
        m.add(event(EventType.FUNDING, "2024", new Participant(VELTRIX, "funded")), true);
        m.add(event(EventType.FUNDING, "2026-03", new Participant(VELTRIX, "funded"), new Participant(ORBIT, "investor")), true);
        assertThat(m.events()).hasSize(2);
    }

    @Test
    void aFundingOfAnotherAmountIsAnotherRound() {
        EventMerger m = new EventMerger();
        m.add(new Event(EventType.FUNDING, EventDate.of("2023-06"), List.of(new Participant(VELTRIX, "funded"), new Participant(ORBIT, "investor")),
                new Evidence("Veltrix raised $40 million in June 2023 from Orbit Capital.", 0, 60), 0.8), true);
        m.add(new Event(EventType.FUNDING, null, List.of(new Participant(VELTRIX, "funded")),
                new Evidence("Veltrix later raised $120 million more.", 61, 100), 0.55), false);
        assertThat(m.events()).hasSize(2);
    }

    @Test
    void severalCompaniesFundedTogetherRetellNoneOfTheirRounds() {
        EventMerger m = new EventMerger();
        // "Veltrix raised $300M." and "Veltrix and Solvane are both well funded."
        m.add(event(EventType.FUNDING, null, new Participant(VELTRIX, "funded")), false);
        m.add(event(EventType.FUNDING, null, new Participant(VELTRIX, "funded"), new Participant(SOLVANE, "funded")), false);
        assertThat(m.events()).hasSize(2);
    }
}
