package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exploration queries on {@link Explorations}: neighbourhood and publication-date timelines, filtered moves,
 * flows, careers, neighbours and conflicting dates.
 */
abstract class ExplorationContract {
    private GraphConnection graph;

    @BeforeEach
    void setUp(GraphConnection graph) {
        this.graph = graph;
        new GraphLoader(graph).loadAll(Explorations.all());
    }

    // --- timeline

    @Test
    void aCompanysNeighbourhoodTimelineAddsItsModelsAndItsPeoplesEvents() {
        TimelineFilter own = TimelineFilter.parse("Corvid", null, null, List.of());

        List<String> alone = lines(new TimelineQuery(graph).run(own));
        List<String> withNeighbourhood = lines(new TimelineQuery(graph).run(own.withNeighbourhood(true)));

        assertThat(alone).containsExactly("2019 FOUNDING", "2024 FUNDING", "2024-03 FUNDING", "2024-04 RELEASE",
                "2024-06 RELEASE", "2024-11 DELAY", "2025-02 DEPARTURE");
        assertThat(withNeighbourhood).containsExactly("2019 FOUNDING", "2024 FUNDING", "2024-03 FUNDING", "2024-04 RELEASE",
                "2024-06 RELEASE", "2024-11 DELAY", "2025-01 RELEASE", "2025-02 DEPARTURE", "2025-03 APPOINTMENT");
    }

    @Test
    void aNeighbourhoodTimelineStillFiltersByTypeAndPeriod() {
        TimelineFilter filter = TimelineFilter.parse("Corvid Systems", "2025", null, List.of("release", "appointment"))
                .withNeighbourhood(true);

        assertThat(lines(new TimelineQuery(graph).run(filter))).containsExactly("2025-01 RELEASE", "2025-03 APPOINTMENT");
    }

    @Test
    void onPublicationTimeEventsAreOrderedAndFilteredByTheirFirstReport() {
        TimelineFilter byPublication = TimelineFilter.parse("Corvid", null, null, List.of()).withBasis(TimeBasis.PUBLISHED);

        List<TimelineEntry> all = new TimelineQuery(graph).run(byPublication);
        List<TimelineEntry> reportedIn2025 = new TimelineQuery(graph).run(new TimelineFilter("Corvid",
                TimelineFilter.day("2025", "from", true), null, Set.of(), false, TimeBasis.PUBLISHED));

        assertThat(all).extracting(e -> e.firstReported() + " " + e.type()).containsExactly(
                "2024-05-02 DELAY", "2024-05-02 FUNDING", "2024-05-02 RELEASE", "2025-03-10 DEPARTURE",
                "2025-03-10 FOUNDING", "2025-03-15 FUNDING", "2025-03-15 RELEASE");
        assertThat(reportedIn2025).extracting(TimelineEntry::type)
                .containsExactly("DEPARTURE", "FOUNDING", "FUNDING", "RELEASE");
    }

    @Test
    void aTimeBasisIsReadFromItsNameInAnyCase() {
        assertThat(TimeBasis.parse("Published")).isEqualTo(TimeBasis.PUBLISHED);
        assertThat(TimeBasis.parse(null)).isEqualTo(TimeBasis.EVENT);
        assertThatThrownBy(() -> TimeBasis.parse("yesterday")).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("'yesterday'");
    }

    @Test
    void aReportCarriesTheArticlesTitleLanguageAndPublicationDate() {
        TimelineEntry appointment = new TimelineQuery(graph).run(TimelineFilter.parse(null, null, null, List.of("appointment")))
                .get(0);

        Report report = appointment.source();
        assertThat(report.articleId()).isEqualTo("corvid-people");
        assertThat(report.title()).isEqualTo("Who left Corvid");
        assertThat(report.lang()).isEqualTo("en");
        assertThat(report.published()).hasToString("2025-03-10");
        assertThat(report.sentence()).isEqualTo("Mira Castell was named chief scientist of Pellucid AI in March 2025.");
    }

    // --- moves and flows

    @Test
    void movesFilterByOriginDestinationAndPeriod() {
        MovesQuery moves = new MovesQuery(graph);

        assertThat(moveLines(moves.run(new MovesFilter(null, "Corvid", null, null, null, null)))).containsExactly(
                "Jonas Brandt: Corvid Systems -> Pellucid AI 2024-12",
                "Jonas Brandt: Corvid Systems -> Pellucid AI 2025-01",
                "Mira Castell: Corvid Systems -> Pellucid AI 2025-02");
        assertThat(moveLines(moves.run(new MovesFilter(null, null, "Corvid Systems", null, null, null)))).containsExactly(
                "Jonas Brandt: - -> Corvid Systems 2020",
                "Mira Castell: Halden University -> Corvid Systems 2021-09");
        assertThat(moveLines(moves.run(new MovesFilter("Castell", null, null, null, null, null).during("2022", null))))
                .containsExactly("Mira Castell: Corvid Systems -> Pellucid AI 2025-02");
        assertThat(moveLines(moves.run(MovesFilter.all().during("2024-12", "2025-01")))).containsExactly(
                "Jonas Brandt: Corvid Systems -> Pellucid AI 2024-12",
                "Jonas Brandt: Corvid Systems -> Pellucid AI 2025-01");
    }

    @Test
    void flowsGroupMovesByOrganizationsWithCountsAndNames() {
        List<Flow> flows = new FlowsQuery(graph).run(MovesFilter.all());

        assertThat(flows).extracting(f -> name(f.from()) + " -> " + name(f.to()) + " " + f.moves() + " " + f.people())
                .containsExactly(
                        "Corvid Systems -> Pellucid AI 3 [Jonas Brandt (2024-12), Jonas Brandt (2025-01), Mira Castell (2025-02)]",
                        "? -> Corvid Systems 1 [Jonas Brandt (2020)]",
                        "Halden University -> Corvid Systems 1 [Mira Castell (2021-09)]");
        assertThat(flows.get(0).fromType()).isEqualTo("Company");
        assertThat(flows.get(0).toKey()).isEqualTo("pellucid-ai");
    }

    @Test
    void flowsFollowTheMovesFilter() {
        List<Flow> flows = new FlowsQuery(graph).run(new MovesFilter(null, null, "Pellucid", null, null, null).during(null, "2024"));

        assertThat(flows).singleElement().satisfies(f -> {
            assertThat(f.from()).isEqualTo("Corvid Systems");
            assertThat(f.people()).extracting(Flow.Mover::name).containsExactly("Jonas Brandt");
        });
    }

    // --- careers

    @Test
    void aCareerListsAffiliationsInDateOrderWithTheirSources() {
        Career career = new CareerQuery(graph).run("castell");

        assertThat(career.person().name()).isEqualTo("Mira Castell");
        assertThat(career.steps()).extracting(s -> s.org() + " " + s.period()).containsExactly(
                "Halden University ? to 2021-09", "Corvid Systems 2021-09 to 2025-02", "Pellucid AI 2025-02 to now");
        assertThat(career.steps().get(2).current()).isTrue();
        assertThat(career.steps().get(1).sources()).extracting(Report::sentence).containsExactly(
                "Mira Castell left Halden University for Corvid Systems in September 2021.",
                "In February 2025 Castell left Corvid for Pellucid AI.");
    }

    @Test
    void onlyAPersonHasACareer() {
        assertThatThrownBy(() -> new CareerQuery(graph).run("Corvid")).isInstanceOf(InvalidQueryException.class)
                .hasMessage("'Corvid Systems' is a Company, not a person");
        assertThatThrownBy(() -> new CareerQuery(graph).run("Nobody")).isInstanceOf(UnknownEntityException.class);
    }

    // --- neighbours

    @Test
    void neighboursComeByRelationWithDirectionCountAndDates() {
        Neighbours corvid = new NeighboursQuery(graph).run("Corvid Systems", List.of(), NeighboursQuery.DEFAULT_LIMIT);

        assertThat(corvid.entity().key()).isEqualTo("corvid-systems");
        assertThat(corvid.neighbours()).extracting(n -> n.name() + " " + n.relation() + " " + n.direction() + " " + n.count())
                .contains("Talon-2 release both 2", "Talon-3 delay both 1", "Mira Castell affiliated in 1",
                        "Jonas Brandt left in 2", "Pellucid AI moved out 3", "Halden University moved in 1",
                        "Mira Castell departure both 1");
        assertThat(corvid.neighbours()).filteredOn(n -> n.name().equals("Pellucid AI"))
                .singleElement().satisfies(n -> assertThat(n.first() + ".." + n.last()).isEqualTo("2024-12..2025-02"));
    }

    @Test
    void neighboursFilterByRelationInAnyCase() {
        Neighbours mira = new NeighboursQuery(graph).run("Mira Castell", List.of("AFFILIATED,joined"), 10);

        assertThat(mira.neighbours()).extracting(n -> n.name() + " " + n.relation() + " " + n.direction())
                .containsExactlyInAnyOrder("Halden University affiliated out", "Corvid Systems affiliated out",
                        "Pellucid AI affiliated out", "Corvid Systems joined out", "Pellucid AI joined out");
    }

    @Test
    void aBadRelationOrLimitIsAnInvalidQuery() {
        NeighboursQuery query = new NeighboursQuery(graph);

        assertThatThrownBy(() -> query.run("Corvid", List.of("friends"), 10)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("'friends'").hasMessageContaining("affiliated");
        assertThatThrownBy(() -> query.run("Corvid", List.of(), 0)).isInstanceOf(InvalidQueryException.class);
    }

    // --- conflicts

    @Test
    void conflictsShowEachDateWithItsSourcesDisjointOnesFirst() {
        List<Conflict> conflicts = new ConflictsQuery(graph).run(null, false);

        assertThat(conflicts).extracting(c -> c.kind() + " " + c.type() + " " + c.disjoint() + " "
                + c.versions().stream().map(Conflict.Version::dateText).toList()).containsExactly(
                "event RELEASE true [2024-04, 2024-06]",
                "move MOVE true [2024-12, 2025-01]",
                "event FUNDING false [2024, 2024-03]");
        Conflict release = conflicts.get(0);
        assertThat(release.participants()).extracting(Participation::name).containsExactlyInAnyOrder("Corvid Systems", "Talon-2");
        assertThat(release.versions().get(0).reports()).extracting(Report::articleId).containsExactly("corvid-models");
        assertThat(release.versions().get(1).reports()).extracting(Report::sentence)
                .containsExactly("Corvid a lancé Talon-2 en juin 2024.");
        assertThat(conflicts.get(1).participants()).extracting(p -> p.name() + " " + p.role())
                .containsExactly("Jonas Brandt person", "Corvid Systems from", "Pellucid AI to");
    }

    @Test
    void strictConflictsKeepOnlyDatesThatCannotBothBeTrueAndAnEntityKeepsItsOwn() {
        assertThat(new ConflictsQuery(graph).run(null, true)).extracting(Conflict::type).containsExactly("RELEASE", "MOVE");
        assertThat(new ConflictsQuery(graph).run("Brandt", false)).extracting(Conflict::type).containsExactly("MOVE");
    }

    @Test
    void oneArticleGivingTwoDatesIsNotAConflictBetweenSources() {
        new GraphLoader(graph).load(org.chronograph.graph.Extractions.article("rounds", "en").published("2025-04-01")
                .entity("Pellucid AI", org.chronograph.extract.EntityType.Company)
                .event(org.chronograph.extract.EventType.FUNDING, "2023-02", "Pellucid AI raised a seed round in February 2023.",
                        "Pellucid AI", "funded")
                .event(org.chronograph.extract.EventType.FUNDING, "2024-10", "Pellucid AI raised again in October 2024.",
                        "Pellucid AI", "funded")
                .build());

        assertThat(new ConflictsQuery(graph).run("Pellucid", false)).extracting(Conflict::type).containsExactly("MOVE");
    }

    // --- entity search

    @Test
    void entitiesAreFoundByPartOfANameOrAliasMostMentionedFirst() {
        List<EntitySummary> found = new EntitiesQuery(graph).run("corv", null, 10);
        List<EntitySummary> people = new EntitiesQuery(graph).run(null, "PERSON", 10);

        assertThat(found).extracting(EntitySummary::name).containsExactly("Corvid Systems");
        assertThat(found.get(0).articles()).isEqualTo(3);
        assertThat(people).extracting(EntitySummary::name).containsExactly("Jonas Brandt", "Mira Castell");
        assertThatThrownBy(() -> new EntitiesQuery(graph).run(null, "robot", 10)).isInstanceOf(InvalidQueryException.class);
    }

    // --- export

    @Test
    void aSnapshotHasEveryEntityEventMoveAndArticleWithTheirRelationships() {
        GraphSnapshot snapshot = GraphSnapshot.fetch(graph);

        assertThat(snapshot.nodes()).extracting(GraphSnapshot.Node::id).contains("entity:corvid-systems", "article:corvid-people")
                .noneMatch(id -> id.startsWith("alias"));
        assertThat(snapshot.nodes()).filteredOn(n -> n.labels().contains("Event")).hasSize(9);
        assertThat(snapshot.nodes()).filteredOn(n -> n.labels().contains("Move")).hasSize(5);
        assertThat(snapshot.edges()).extracting(GraphSnapshot.Edge::type)
                .contains("INVOLVES", "REPORTED_IN", "OF", "FROM", "TO", "AFFILIATED_WITH", "MENTIONED_IN")
                .doesNotContain("ALIAS_OF");
        assertThat(snapshot.edges()).filteredOn(e -> e.type().equals("MENTIONED_IN"))
                .allSatisfy(e -> assertThat(e.properties()).containsOnlyKeys("count"));
    }

    private static List<String> lines(List<TimelineEntry> entries) {
        return entries.stream().map(e -> e.dateText() + " " + e.type()).toList();
    }

    private static List<String> moveLines(List<MoveEntry> entries) {
        return entries.stream().map(m -> m.person() + ": " + (m.from() == null ? "-" : m.from()) + " -> "
                + (m.to() == null ? "-" : m.to()) + " " + m.dateText()).toList();
    }

    private static String name(String s) {
        return s == null ? "?" : s;
    }
}
