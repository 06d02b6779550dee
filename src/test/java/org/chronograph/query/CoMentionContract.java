package org.chronograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chronograph.graph.CoMentionStories;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Stories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Entities named in the same sentences: in related, with their sentences, and as the last resort of path. */
abstract class CoMentionContract {
    private GraphConnection graph;

    @BeforeEach
    void setUp(GraphConnection graph) {
        this.graph = graph;
        new GraphLoader(graph).loadAll(CoMentionStories.all());
    }

    @Test
    void relatedListsCoMentionsAfterTheFactsWithTheirSentenceCounts() {
        Neighbours meridian = new NeighboursQuery(graph).run("Meridian", List.of(), 100);

        assertThat(meridian.neighbours()).extracting(n -> n.relation() + " " + n.name() + " " + n.count()).containsExactly(
                "join Ada Brook 1", "release Sable-2 1", "co-mentioned Quill Hub 3", "co-mentioned Sable-2 2");
        assertThat(new NeighboursQuery(graph).run("Quill Hub", List.of("co-mentioned"), 100).neighbours())
                .extracting(n -> n.name() + " " + n.direction() + " " + n.count())
                .containsExactly("Meridian both 3", "Sable-2 both 1", "Tern Labs both 1");
    }

    @Test
    void theSentencesThatNameTwoEntitiesComeNewestArticleFirst() {
        CoMentions together = new CoMentionsQuery(graph).between("Quill Hub", "Meridian Platforms", 10);

        assertThat(together.entity().name()).isEqualTo("Quill Hub");
        assertThat(together.other().name()).isEqualTo("Meridian");
        assertThat(together.sentences()).isEqualTo(3);
        assertThat(together.articles()).isEqualTo(2);
        assertThat(together.shown()).extracting(s -> s.articleId() + " " + s.index() + " " + s.text()).containsExactly(
                "quill-again 0 Quill Hub and Meridian both back open weights.",
                "quill-meridian 1 Quill Hub now hosts Sable-2, the model Meridian made.",
                "quill-meridian 2 Meridian and Quill Hub did not say how many downloads it had.");
        assertThat(new CoMentionsQuery(graph).between("Quill Hub", "Meridian", 1).shown()).hasSize(1);
        assertThat(new CoMentionsQuery(graph).between("Tern Labs", "Meridian", 10).sentences()).isZero();
    }

    @Test
    void anEntityInNoEventIsReachedThroughCoMentionsAsALastResortLabelledAsSuch() {
        EntityPath path = new PathQuery(graph).run("Quill Hub", "Meridian", 4);

        assertThat(path.found()).isTrue();
        assertThat(path.throughCoMentions()).isTrue();
        assertThat(path.steps()).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(EntityPath.CO_MENTION);
            assertThat(step.link()).isEqualTo("named together in 3 sentences");
            assertThat(step.sentences()).isEqualTo(3);
            assertThat(step.reports()).extracting(Report::sentence).first()
                    .isEqualTo("Quill Hub and Meridian both back open weights.");
        });

        EntityPath twoSteps = new PathQuery(graph).run("Tern Labs", "Sable-2", 4);
        assertThat(twoSteps.steps()).extracting(s -> s.from().name() + " > " + s.to().name())
                .containsExactly("Tern Labs > Quill Hub", "Quill Hub > Sable-2");
        assertThat(new PathQuery(graph).run("Tern Labs", "Sable-2", 1).found()).isFalse();
    }

    @Test
    void entitiesThatShareAFactAreLinkedByTheFactNotByTheirCoMention() {
        EntityPath path = new PathQuery(graph).run("Meridian", "Sable-2", 4);

        assertThat(path.throughCoMentions()).isFalse();
        assertThat(path.basis()).isEqualTo(EntityPath.FACTS);
        assertThat(path.steps()).singleElement().extracting(EntityPath.Step::kind).isEqualTo("RELEASE");
    }

    @Test
    void entitiesNeverNamedTogetherNorLinkedHaveNoPath() {
        new GraphLoader(graph).load(Stories.helixPartnership());

        assertThat(new PathQuery(graph).run("Quill Hub", "Helix Institute", 6).found()).isFalse();
    }

    @Test
    void theEntityPageOfAMentionedOnlyEntityHasItsArticlesSentencesAndCoMentions() {
        EntityProfile hub = new EntityQuery(graph).run("quill hub");

        assertThat(hub.articles()).isEqualTo(2);
        assertThat(hub.mentionedIn()).extracting(m -> m.articleId() + " " + m.published() + " " + m.mentions())
                .containsExactly("quill-again 2025-06-01 1", "quill-meridian 2025-02-10 3");
        assertThat(hub.mentionedIn().get(1).sentences()).extracting(Mentioning.Sentence::text).containsExactly(
                "Quill Hub now hosts Sable-2, the model Meridian made.",
                "Meridian and Quill Hub did not say how many downloads it had.",
                "Tern Labs also publishes its models on Quill Hub.");
        assertThat(hub.coMentioned()).extracting(c -> c.name() + " " + c.sentences() + " " + c.articles())
                .containsExactly("Meridian 3 2", "Sable-2 1 1", "Tern Labs 1 1");
        assertThat(hub.events()).isEmpty();
        assertThat(hub.undatedEvents()).isEmpty();
        assertThat(hub.career()).isEmpty();
    }

    @Test
    void anEntityPageListsItsUndatedEventsApartAndAPersonsCareer() {
        EntityProfile meridian = new EntityQuery(graph).run("Meridian");

        assertThat(meridian.events()).extracting(e -> e.date() + " " + e.type()).containsExactly("2025-01 RELEASE");
        assertThat(meridian.undatedEvents()).extracting(TimelineEntry::type).containsExactly("JOIN");
        assertThat(meridian.aliases()).containsExactly("Meridian Platforms");
    }

    @Test
    void undatedEventsAreListedApartByEntityOrAll() {
        TimelineQuery timeline = new TimelineQuery(graph);

        assertThat(timeline.run(TimelineFilter.all().withUndated(true))).extracting(e -> e.type() + " " + e.date())
                .containsExactly("JOIN null");
        assertThat(timeline.run(TimelineFilter.all().withEntity("Ada Brook").withUndated(true))).hasSize(1);
        assertThat(timeline.run(TimelineFilter.all().withEntity("Sable-2").withUndated(true))).isEmpty();
        assertThat(timeline.run(TimelineFilter.parse(null, null, null, List.of("release")).withUndated(true))).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> TimelineFilter.parse(null, "2024", null, List.of()).withUndated(true))
                .isInstanceOf(InvalidQueryException.class);
    }
}
