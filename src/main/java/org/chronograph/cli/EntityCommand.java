package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Affiliation;
import org.chronograph.query.CoParticipant;
import org.chronograph.query.EntityProfile;
import org.chronograph.query.EntityQuery;
import org.chronograph.query.MoveEntry;
import org.chronograph.query.Participation;
import org.chronograph.query.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code chronograph entity NAME}. */
@Command(name = "entity", mixinStandardHelpOptions = true,
        description = "One entity: type, aliases, affiliations with dates, entities it shares events with, moves and events.")
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

        List<List<Object>> affiliations = new ArrayList<>();
        for (Affiliation a : p.affiliations()) {
            affiliations.add(Arrays.asList(a.person(), a.org(), a.start(), a.end(), a.current()));
        }
        List<List<Object>> others = new ArrayList<>();
        for (CoParticipant c : p.coParticipants()) {
            others.add(Arrays.asList(c.name(), c.type(), c.events()));
        }
        List<List<Object>> moves = new ArrayList<>();
        for (MoveEntry m : p.moves()) {
            moves.add(Arrays.asList(m.person(), m.from(), m.to(), m.date(), m.source() == null ? null : m.source().articleId()));
        }
        List<List<Object>> events = new ArrayList<>();
        for (TimelineEntry e : p.events()) {
            events.add(Arrays.asList(e.dateText(), e.type(), e.participants().stream().map(Participation::toString).toList(),
                    e.source() == null ? null : e.source().articleId(), e.source() == null ? null : e.source().sentence()));
        }
        return List.of(
                Table.record("entity", fields),
                Table.of("affiliations", List.of("person", "organization", "start", "end", "current"), affiliations),
                Table.of("shares events with", List.of("name", "type", "events"), others),
                Table.of("moves", List.of("person", "from", "to", "date", "article"), moves),
                Table.of("events", List.of("date", "type", "participants", "article", "sentence"), events));
    }
}
