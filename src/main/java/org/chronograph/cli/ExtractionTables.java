package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.extract.Entity;
import org.chronograph.extract.Event;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Move;
import org.chronograph.extract.Participant;

/** Renders one extraction as three tables: entities, events, moves. */
final class ExtractionTables {
    private ExtractionTables() {
    }

    static List<Table> of(Extraction x) {
        String file = x.article().id();
        List<List<Object>> entities = new ArrayList<>();
        for (Entity e : x.entities()) {
            entities.add(Arrays.asList(e.name(), e.type().name(), String.join(", ", e.aliases()), e.mentions().size(), e.confidence()));
        }
        List<List<Object>> events = new ArrayList<>();
        for (Event e : x.events()) {
            events.add(Arrays.asList(e.date() == null ? null : e.date().toString(), e.type().name(),
                    String.join(", ", e.participants().stream().map(ExtractionTables::participant).toList()),
                    e.evidence() == null ? null : e.evidence().sentence(), e.confidence()));
        }
        List<List<Object>> moves = new ArrayList<>();
        for (Move m : x.moves()) {
            moves.add(Arrays.asList(m.person().name(), m.from() == null ? null : m.from().name(), m.to() == null ? null : m.to().name(),
                    m.date() == null ? null : m.date().toString(), m.evidence() == null ? null : m.evidence().sentence()));
        }
        return List.of(
                Table.of("Entities in " + file, List.of("name", "type", "aliases", "mentions", "confidence"), entities),
                Table.of("Events in " + file, List.of("date", "type", "participants", "sentence", "confidence"), events),
                Table.of("Moves in " + file, List.of("person", "from", "to", "date", "sentence"), moves));
    }

    private static String participant(Participant p) {
        return p.entity().name() + " (" + p.role() + ")";
    }
}
