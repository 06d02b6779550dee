package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moves read from a person's events as a career (no CoreNLP: events written by hand, in sentence order). */
class MoveDeriverTest {
    private static final EntityRef JANE = new EntityRef("jane-doe", "Jane Doe", EntityType.Person);
    private int sentence;

    private Event event(EventType type, String date, String... orgs) {
        List<Participant> ps = new ArrayList<>(List.of(new Participant(JANE, type == EventType.FOUNDING ? "founder" : "person")));
        for (String o : orgs) {
            ps.add(new Participant(new EntityRef(o.toLowerCase(), o, EntityType.Company), type == EventType.FOUNDING ? "founded" : "organization"));
        }
        int at = 100 * sentence++;
        return new Event(type, date == null ? null : EventDate.of(date), ps, new Evidence("s" + at, at, at + 50), 0.8);
    }

    private static List<org.assertj.core.groups.Tuple> moves(Event... events) {
        return new MoveDeriver().derive(List.of(events)).stream()
                .map(m -> tuple(m.from() == null ? null : m.from().name(), m.to() == null ? null : m.to().name())).toList();
    }

    @Test
    void pairsEachDepartureWithTheArrivalThatFollowsItInTime() {
        // told out of order: joined Acme in 2015, Orbit in 2020; left Acme in 2019 (told last)
        assertThat(moves(event(EventType.JOIN, "2020", "Orbit"), event(EventType.JOIN, "2015", "Acme"),
                event(EventType.DEPARTURE, "2019", "Acme"))).containsExactlyInAnyOrder(tuple(null, "Acme"), tuple("Acme", "Orbit"));
    }

    @Test
    void aDepartureDatedAfterAnArrivalIsNotWhereItCameFrom() {
        assertThat(moves(event(EventType.DEPARTURE, "2022", "Acme"), event(EventType.JOIN, "2018", "Orbit")))
                .containsExactlyInAnyOrder(tuple(null, "Orbit"), tuple("Acme", null));
    }

    @Test
    void aJoinWithNoDepartureComesFromTheLastEarlierRoleTheArticleDates() {
        assertThat(moves(event(EventType.JOIN, "2012", "Acme"), event(EventType.APPOINTMENT, "2016", "Nimbus"),
                event(EventType.JOIN, "2021", "Orbit"))).contains(tuple("Nimbus", "Orbit"));
    }

    @Test
    void anAppointmentElsewhereAfterADepartureIsAMoveButAPromotionIsNot() {
        assertThat(moves(event(EventType.DEPARTURE, null, "Acme"), event(EventType.APPOINTMENT, "2023", "Orbit")))
                .containsExactly(tuple("Acme", "Orbit"));
        assertThat(moves(event(EventType.JOIN, "2017", "Orbit"), event(EventType.APPOINTMENT, "2019", "Orbit")))
                .containsExactly(tuple(null, "Orbit"));
        // named somewhere with no departure told: no move (measured: more wrong than right on the annotated articles)
        assertThat(moves(event(EventType.APPOINTMENT, "2019", "Orbit"))).isEmpty();
    }

    @Test
    void aFoundingIsAMoveOnlyFromAPlaceLeft() {
        assertThat(moves(event(EventType.FOUNDING, "2013", "Acme"), event(EventType.FOUNDING, "2023", "Orbit"))).isEmpty();
        assertThat(moves(event(EventType.DEPARTURE, "2020", "Acme"), event(EventType.FOUNDING, "2023", "Orbit")))
                .containsExactly(tuple("Acme", "Orbit"));
    }

    @Test
    void anOpenEndedDepartureBesideAnArrivalElsewhereIsNoMoveToNowhere() {
        // "Passée par Acme et Nimbus, Jane Doe a rejoint Orbit en 2024": one past employer is the origin, the other no
        // move of its own
        assertThat(moves(event(EventType.DEPARTURE, null, "Acme", "Nimbus"), event(EventType.JOIN, "2024", "Orbit")))
                .hasSize(1).allMatch(t -> "Orbit".equals(t.toList().get(1)));
        // a departure dated after the arrival is a later leaving, kept
        assertThat(moves(event(EventType.JOIN, "2018", "Orbit"), event(EventType.DEPARTURE, "2022", "Acme")))
                .contains(tuple("Acme", null));
    }

    @Test
    void aDepartureFromSeveralPlacesLeavesEach() {
        assertThat(moves(event(EventType.DEPARTURE, null, "Acme", "Nimbus")))
                .containsExactlyInAnyOrder(tuple("Acme", null), tuple("Nimbus", null));
    }

    private Event post(String org) {
        int at = 100 * sentence++;
        return new Event(EventType.JOIN, null, List.of(new Participant(JANE, "person"),
                new Participant(new EntityRef(org.toLowerCase(), org, EntityType.Company), MoveDeriver.POST)), new Evidence("s" + at, at, at + 50), 0.7);
    }

    @Test
    void aPresentPostIsWhereADepartureLedButNoMoveOfItsOwn() {
        assertThat(moves(post("Zeta"))).isEmpty();
        assertThat(moves(post("Zeta"), event(EventType.DEPARTURE, "2021", "Acme"))).containsExactly(tuple("Acme", "Zeta"));
        // a post where the person left is no destination of that departure
        assertThat(moves(post("Acme"), event(EventType.DEPARTURE, "2021", "Acme"))).containsExactly(tuple("Acme", null));
    }

    @Test
    void anArrivalTheArticleTellsPairsBeforeAPostToldElsewhere() {
        // "Jane Doe, Zeta's CEO, ..." then "she left Acme for Orbit in 2019": Acme led to Orbit, not to Zeta
        assertThat(moves(post("Zeta"), event(EventType.DEPARTURE, "2019", "Acme"), event(EventType.JOIN, null, "Orbit")))
                .contains(tuple("Acme", "Orbit")).doesNotContain(tuple("Acme", "Zeta"));
    }

    @Test
    void pastAffiliationsAloneLeadToThePagesCompanyDatedOrNot() {
        // written for this test: a profile on Zeta's page, "previously at Acme (2017-2022)", and "a former Orbit engineer"
        EntityRef zeta = new EntityRef("zeta", "Zeta", EntityType.Company);
        assertThat(new MoveDeriver().derive(List.of(event(EventType.DEPARTURE, "2022", "Acme")), zeta))
                .singleElement().satisfies(m -> {
                    assertThat(m.to()).isEqualTo(zeta);
                    assertThat(m.date()).isEqualTo(EventDate.of("2022"));
                });
        assertThat(new MoveDeriver().derive(List.of(event(EventType.DEPARTURE, null, "Orbit")), zeta))
                .singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(zeta));
        // not when the person left the page's company itself
        assertThat(new MoveDeriver().derive(List.of(event(EventType.DEPARTURE, "2022", "Zeta")), zeta))
                .singleElement().satisfies(m -> assertThat(m.to()).isNull());
    }
}
