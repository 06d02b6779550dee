package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Affiliation;
import org.chronograph.query.Career;
import org.chronograph.query.CoMentioned;
import org.chronograph.query.CoParticipant;
import org.chronograph.query.EntityProfile;
import org.chronograph.query.EntityQuery;
import org.chronograph.query.Mentioning;
import org.chronograph.query.MoveEntry;
import org.chronograph.query.Participation;
import org.chronograph.query.Report;
import org.chronograph.query.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code chronograph entity NAME}: what an entity page shows. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = {"One entity: type, aliases, the articles that mention it (newest first, with the sentences), the",
                "entities named in the same sentences, its affiliations (a person's career), the entities it shares events",
                "with, its moves, its dated events, and its undated events apart."})
final class EntityCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "Name, alias or key of the entity.")
    String name;

    @Override
    List<Table> tables(GraphConnection graph) {
        EntityProfile p = new EntityQuery(graph).run(name);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", p.name());
        fields.put("key", p.key());
        fields.put("type", p.type());
        fields.put("aliases", p.aliases());
        fields.put("articles", p.articles());
        fields.put("mentions", p.mentions());

        List<List<Object>> articles = new ArrayList<>();
        for (Mentioning m : p.mentionedIn()) {
            articles.add(Arrays.asList(m.published() == null ? null : m.published().toString(), m.articleId(), m.mentions(),
                    m.sentences().stream().map(Mentioning.Sentence::text).filter(t -> !t.isEmpty()).toList()));
        }
        List<List<Object>> together = new ArrayList<>();
        for (CoMentioned c : p.coMentioned()) {
            together.add(Arrays.asList(c.name(), c.type(), c.sentences(), c.articles()));
        }
        List<List<Object>> affiliations = new ArrayList<>();
        for (Affiliation a : p.affiliations()) {
            affiliations.add(Arrays.asList(a.person(), a.org(), a.start(), a.end(), a.current()));
        }
        List<List<Object>> career = new ArrayList<>();
        for (Career.Step c : p.career()) {
            Report source = c.sources().isEmpty() ? null : c.sources().get(0);
            career.add(Arrays.asList(c.org(), c.start(), c.end(), c.current(), source == null ? null : source.articleId(),
                    source == null ? null : source.sentence()));
        }
        List<List<Object>> others = new ArrayList<>();
        for (CoParticipant c : p.coParticipants()) {
            others.add(Arrays.asList(c.name(), c.type(), c.events()));
        }
        List<List<Object>> moves = new ArrayList<>();
        for (MoveEntry m : p.moves()) {
            moves.add(Arrays.asList(m.person(), m.from(), m.to(), m.date(), m.source() == null ? null : m.source().articleId()));
        }
        List<Table> tables = new ArrayList<>(List.of(
                Table.record("entity", fields),
                Table.of("mentioned in (newest first" + (p.articles() > p.mentionedIn().size()
                                ? ", " + p.mentionedIn().size() + " of " + p.articles() : "") + ")",
                        List.of("published", "article", "mentions", "sentences"), articles),
                Table.of("named in the same sentences as (co-mentioned)", List.of("name", "type", "sentences", "articles"), together)));
        if ("Person".equals(p.type())) {
            tables.add(Table.of("career", List.of("organization", "start", "end", "current", "article", "sentence"), career));
        } else {
            tables.add(Table.of("affiliations", List.of("person", "organization", "start", "end", "current"), affiliations));
        }
        tables.add(Table.of("shares events with", List.of("name", "type", "events"), others));
        tables.add(Table.of("moves", List.of("person", "from", "to", "date", "article"), moves));
        tables.add(Table.of("events", List.of("date", "type", "participants", "article", "sentence"), events(p.events(), true)));
        tables.add(Table.of("undated events", List.of("type", "participants", "article", "sentence"), events(p.undatedEvents(), false)));
        return tables;
    }

    private static List<List<Object>> events(List<TimelineEntry> entries, boolean dated) {
        List<List<Object>> rows = new ArrayList<>();
        for (TimelineEntry e : entries) {
            List<Object> row = new ArrayList<>();
            if (dated) {
                row.add(e.dateText());
            }
            row.addAll(Arrays.asList(e.type(), e.participants().stream().map(Participation::toString).toList(),
                    e.source() == null ? null : e.source().articleId(), e.source() == null ? null : e.source().sentence()));
            rows.add(row);
        }
        return rows;
    }
}
