package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Timelines: order, and filters by entity, period and type. */
abstract class TimelineContract {
    private TimelineQuery timeline;
    private GraphConnection graph;

    @BeforeEach
    void setUp(GraphConnection graph) {
        this.graph = graph;
        GraphLoader loader = new GraphLoader(graph);
        loader.loadAll(List.of(Stories.nimbusEnglish(), Stories.nimbusFrench(), Stories.helixPartnership(),
                Timelines.delaysAndRestructuring()));
        timeline = new TimelineQuery(graph);
    }

    @Test
    void eventsComeInDateOrderWithUndatedOnesLast() {
        List<TimelineEntry> entries = timeline.run(TimelineFilter.all());

        assertThat(entries).extracting(TimelineEntry::dateText).containsExactly(
                "2023", "2024-03", "2024-06-10", "2025-02-03", "2025 (MID)", "");
        assertThat(entries).extracting(TimelineEntry::type).containsExactly(
                "FUNDING", "RELEASE", "PARTNERSHIP", "RELEASE", "DELAY", "RESTRUCTURING");
    }

    @Test
    void anEventCarriesItsParticipantsAndTheArticlesThatReportIt() {
        TimelineEntry release = timeline.run(TimelineFilter.parse(null, null, null, List.of("release"))).get(0);

        assertThat(release.precision()).isEqualTo("MONTH");
        assertThat(release.participants()).extracting(Participation::toString)
                .containsExactly("Nimbus Labs (maker)", "Orion-3 (model)");
        assertThat(release.reports()).extracting(Report::articleId)
                .containsExactlyInAnyOrder("nimbus-en", "nimbus-fr", "helix");
        assertThat(release.source().sentence()).isNotBlank();
    }

    @Test
    void anEntityFilterKeepsItsEventsWhateverNameItIsGivenBy() {
        List<String> byName = types(TimelineFilter.parse("Orion-3", null, null, List.of()));
        List<String> byAliasInLowerCase = types(TimelineFilter.parse("nimbus", null, null, List.of()));

        assertThat(byName).containsExactly("RELEASE");
        assertThat(byAliasInLowerCase).containsExactly("FUNDING", "RELEASE", "PARTNERSHIP", "DELAY", "RESTRUCTURING");
    }

    @Test
    void aPeriodKeepsTheEventsWhoseDatesOverlapIt() {
        List<TimelineEntry> entries = timeline.run(TimelineFilter.parse(null, "2024-04", "2025", List.of()));

        assertThat(entries).extracting(TimelineEntry::dateText).containsExactly("2024-06-10", "2025-02-03", "2025 (MID)");
    }

    @Test
    void aPeriodInsideALongerEventFindsThatEvent() {
        assertThat(dates("2023-07", "2023-07")).containsExactly("2023");
        assertThat(dates("2024-03-15", "2024-03-15")).containsExactly("2024-03");
        assertThat(dates("2025-06-01", "2025-08-31")).containsExactly("2025 (MID)");
        assertThat(dates("2025-02-03", "2025-02-03")).containsExactly("2025-02-03", "2025 (MID)");
        assertThat(dates("2022", "2022")).isEmpty();
    }

    @Test
    void aPeriodCutInsideMonthsQuartersAndHalvesFindsEachOneItOverlaps() {
        new GraphLoader(graph).load(Timelines.velaCalendar());

        assertThat(dates("2019-05-20", "2019-05-20")).containsExactly("2019", "2019-Q2", "2019-05", "2019-H1 (END)");
        assertThat(dates("2019-04-30", "2019-05-01")).containsExactly("2019", "2019-04", "2019-Q2", "2019-05", "2019-H1 (END)");
        assertThat(dates("2019-03-31", "2019-04-01")).containsExactly("2019", "2019-Q1", "2019-04", "2019-Q2", "2019-H1 (END)");
        assertThat(dates("2019-06-30", "2019-07-01")).containsExactly("2019", "2019-Q2", "2019-H1 (END)", "2019-H2");
        assertThat(dates("2019-12-31", "2020-01-01")).containsExactly("2019", "2019-H2");
        assertThat(dates("2018-12-31", "2019-01-01")).containsExactly("2019", "2019-Q1", "2019-H1 (END)");
    }

    @Test
    void aPageOfAPeriodIsTheStartOfTheWholeList() {
        TimelineFilter period = TimelineFilter.parse(null, "2023", "2025", List.of());
        List<String> all = timeline.run(period).stream().map(TimelineEntry::key).toList();

        assertThat(all).hasSize(5);
        for (int limit = 1; limit <= all.size(); limit++) {
            assertThat(timeline.run(period, limit)).extracting(TimelineEntry::key).isEqualTo(all.subList(0, limit));
        }
    }

    @Test
    void anEntitysTimelineAndEachOfItsPagesAreItsShareOfTheWholeTimelineInTheSameOrder() {
        // the entity's timeline reads its own index (timeline-entity.cypher); the whole timeline and a period's do not
        new GraphLoader(graph).load(Timelines.velaCalendar());
        String[][] periods = {{null, null}, {"2019-05-20", "2019-05-20"}, {"2019-06-30", "2019-07-01"}, {"2024-04", "2025"},
                {"2018-12-31", "2019-01-01"}, {"2023", null}, {null, "2024"}};
        for (String name : List.of("Nimbus Labs", "Orion-3", "Vela Systems", "Helix Institute")) {
            String key = new EntityResolver(graph).resolve(name).key();
            for (String[] period : periods) {
                List<String> share = timeline.run(TimelineFilter.parse(null, period[0], period[1], List.of())).stream()
                        .filter(e -> e.participants().stream().anyMatch(p -> p.key().equals(key)))
                        .map(TimelineEntry::key).toList();
                TimelineFilter own = TimelineFilter.parse(name, period[0], period[1], List.of());
                List<String> all = timeline.run(own).stream().map(TimelineEntry::key).toList();

                assertThat(all).as(name + " " + String.join("..", String.valueOf(period[0]), String.valueOf(period[1])))
                        .isEqualTo(share);
                for (int limit = 1; limit <= all.size(); limit++) {
                    assertThat(timeline.run(own, limit)).extracting(TimelineEntry::key).isEqualTo(all.subList(0, limit));
                }
            }
        }
        assertThat(types(TimelineFilter.parse("Vela Systems", null, null, List.of()))).containsExactly("ACQUISITION",
                "PARTNERSHIP", "FUNDING", "RESTRUCTURING", "RELEASE", "DELAY", "LEGAL");
    }

    @Test
    void anEntitysTimelineFindsTheEntityAsTheResolverDoesInTheSameQuery() {
        // timeline-entity.cypher finds the entity itself (one round trip): by key, by an alias's key, by name in any
        // case, and by a name only the full-text index finds (an entity whose name no longer gives its key)
        graph.driver().executableQuery("MATCH (e:Entity {key: 'orion-3'}) SET e.name = 'Orion Three'").execute();
        graph.driver().executableQuery("CREATE (:Entity {key: 'quiet-co', name: 'Quiet Co', type: 'Company'})").execute();
        for (String given : List.of("Nimbus Labs", "nimbus-labs", "NIMBUS LABS", "nimbus", "Orion-3", "orion three",
                "  Helix Institute ")) {
            String key = new EntityResolver(graph).resolve(given).key();
            List<String> share = timeline.run(TimelineFilter.all()).stream()
                    .filter(e -> e.participants().stream().anyMatch(p -> p.key().equals(key)))
                    .map(TimelineEntry::key).toList();

            assertThat(share).as(given).isNotEmpty();
            assertThat(timeline.run(TimelineFilter.parse(given, null, null, List.of()))).as(given)
                    .extracting(TimelineEntry::key).isEqualTo(share);
        }
        assertThat(new EntityResolver(graph).resolve("orion three").key()).isEqualTo("orion-3");
        // an entity in no event has an empty timeline, not an error; an unknown name says what may have been meant
        assertThat(timeline.run(TimelineFilter.parse("Quiet Co", null, null, List.of()))).isEmpty();
        assertThatThrownBy(() -> timeline.run(TimelineFilter.parse("Nimbus Lab", null, null, List.of())))
                .isInstanceOf(UnknownEntityException.class).hasMessageStartingWith("no entity named 'Nimbus Lab' (did you mean");
    }

    @Test
    void aYearAsUpperBoundIncludesTheWholeYear() {
        List<TimelineEntry> entries = timeline.run(TimelineFilter.parse(null, null, "2024", List.of()));

        assertThat(entries).extracting(TimelineEntry::dateText).containsExactly("2023", "2024-03", "2024-06-10");
    }

    private List<String> dates(String from, String to) {
        return timeline.run(TimelineFilter.parse(null, from, to, List.of())).stream().map(TimelineEntry::dateText).toList();
    }

    @Test
    void typeFiltersCombine() {
        List<String> types = types(TimelineFilter.parse("Nimbus Labs", null, null, List.of("delay", "PARTNERSHIP")));

        assertThat(types).containsExactly("PARTNERSHIP", "DELAY");
    }

    @Test
    void anUnknownEntityIsAnErrorThatNamesIt() {
        assertThatThrownBy(() -> timeline.run(TimelineFilter.parse("Zorblax", null, null, List.of())))
                .isInstanceOf(ChronographException.class)
                .hasMessage("no entity named 'Zorblax'");
    }

    @Test
    void badDatesAndTypesAreErrorsThatNameThem() {
        assertThatThrownBy(() -> TimelineFilter.parse(null, "March", null, List.of()))
                .isInstanceOf(ChronographException.class).hasMessageContaining("'March'");
        assertThatThrownBy(() -> TimelineFilter.parse(null, null, null, List.of("party")))
                .isInstanceOf(ChronographException.class).hasMessageContaining("'party'");
    }

    private List<String> types(TimelineFilter filter) {
        return timeline.run(filter).stream().map(TimelineEntry::type).toList();
    }
}
