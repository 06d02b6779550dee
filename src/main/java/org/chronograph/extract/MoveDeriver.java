package org.chronograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Derives who moved where from a person's events in one article: a departure followed by a join or
 * a founding is a move from the old organization to the new one; a join alone is a move from an
 * unknown origin; a departure alone is a move to an unknown destination. Stateless.
 */
final class MoveDeriver {

    List<Move> derive(List<Event> events) {
        Map<String, List<Event>> byPerson = new LinkedHashMap<>();
        for (Event e : events) {
            for (Participant p : e.participants()) {
                if (p.entity().type() == EntityType.Person) byPerson.computeIfAbsent(p.entity().key(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Move> moves = new ArrayList<>();
        for (Map.Entry<String, List<Event>> entry : byPerson.entrySet()) {
            moves.addAll(movesOf(entry.getKey(), entry.getValue()));
        }
        return dedupe(moves);
    }

    private static List<Move> movesOf(String personKey, List<Event> events) {
        List<Event> departures = new ArrayList<>(events.stream().filter(e -> e.type() == EventType.DEPARTURE).toList());
        List<Move> out = new ArrayList<>();
        for (Event e : events) {
            if (e.type() != EventType.JOIN && e.type() != EventType.FOUNDING) continue;
            EntityRef person = person(e, personKey);
            EntityRef to = organization(e);
            if (to == null) continue;
            Event left = departures.stream().filter(d -> !Objects.equals(organization(d), to) && organization(d) != null)
                    .min((a, b) -> Integer.compare(sameSentence(a, e) ? 0 : 1, sameSentence(b, e) ? 0 : 1)).orElse(null);
            if (e.type() == EventType.FOUNDING && left == null) continue;
            if (left != null) departures.remove(left);
            EventDate date = e.date() != null ? e.date() : left != null ? left.date() : null;
            out.add(new Move(person, left == null ? null : organization(left), to, date, e.evidence(),
                    Math.round(Math.min(e.confidence(), left == null ? 1 : left.confidence()) * 100) / 100.0));
        }
        for (Event d : departures) {
            EntityRef from = organization(d);
            if (from == null) continue;
            out.add(new Move(person(d, personKey), from, null, d.date(), d.evidence(), d.confidence()));
        }
        return out;
    }

    private static boolean sameSentence(Event a, Event b) {
        return a.evidence() != null && b.evidence() != null && a.evidence().start() == b.evidence().start();
    }

    private static EntityRef person(Event e, String key) {
        return e.participants().stream().map(Participant::entity).filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static EntityRef organization(Event e) {
        return e.participants().stream().map(Participant::entity).filter(r -> r.type().isOrganization())
                .reduce((a, b) -> e.type() == EventType.FOUNDING ? b : a).orElse(null);
    }

    private static List<Move> dedupe(List<Move> moves) {
        Map<String, Move> out = new LinkedHashMap<>();
        for (Move m : moves) {
            String key = m.person().key() + "|" + (m.from() == null ? "" : m.from().key()) + "|" + (m.to() == null ? "" : m.to().key());
            out.merge(key, m, (a, b) -> a.date() != null ? a : b);
        }
        // a move to somewhere makes the same person's open-ended departure from the same place redundant
        List<Move> result = new ArrayList<>(out.values());
        result.removeIf(m -> m.to() == null && result.stream().anyMatch(o -> o != m && o.to() != null
                && o.person().key().equals(m.person().key()) && o.from() != null && o.from().key().equals(m.from().key())));
        return result;
    }
}
