package org.chronograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the events an article states more than once. One real-world event is one entry: repeats with
 * the same type and participants merge, keeping the most precise date the article gives for it; but the
 * same type and participants with two different dates stated in their own sentences are two events
 * (two appointments of one person at one company, years apart). Dates inherited from the paragraph
 * never split an event. One instance per article.
 */
final class EventMerger {
    private record Seen(Event event, boolean ownDate) {
    }

    private static final java.util.Set<EventType> RETOLD = java.util.EnumSet.of(EventType.ACQUISITION, EventType.FOUNDING,
            EventType.PARTNERSHIP, EventType.LEGAL, EventType.RELEASE, EventType.DELAY);

    private final Map<String, List<Seen>> groups = new LinkedHashMap<>();

    /**
     * @param ownDate true when the event's date was stated in its own sentence (not inherited)
     */
    void add(Event e, boolean ownDate) {
        String key = e.type() + e.participants().stream().map(p -> p.entity().key()).sorted().toList().toString();
        List<Seen> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
        for (int i = 0; i < group.size(); i++) {
            Seen s = group.get(i);
            if (!ownDate || !s.ownDate() || sameEvent(s.event().date(), e.date())) {
                group.set(i, better(s, new Seen(e, ownDate)));
                return;
            }
        }
        group.add(new Seen(e, ownDate));
    }

    /**
     * The merged events, in order of first statement. An event with no date of its own whose participants are some
     * of another event's of its type, at a date that fits, is that event told again ("It was the largest
     * acquisition in its history" after "X acquired Y in May 2025"), and goes; not so fundings, moves of people
     * or restructurings, which a company or person has many of.
     */
    List<Event> events() {
        List<Seen> all = new ArrayList<>();
        groups.values().forEach(all::addAll);
        List<Event> out = new ArrayList<>();
        for (Seen s : all) {
            Event e = s.event();
            java.util.Set<String> keys = keys(e);
            boolean retold = !s.ownDate() && RETOLD.contains(e.type()) && all.stream().map(Seen::event).anyMatch(o -> o != e && o.type() == e.type()
                    && keys(o).size() > keys.size() && keys(o).containsAll(keys) && sameEvent(o.date(), e.date()));
            if (!retold) out.add(e);
        }
        return out;
    }

    private static java.util.Set<String> keys(Event e) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        e.participants().forEach(p -> keys.add(p.entity().key()));
        return keys;
    }

    /** "2023" and "2023-03" can be one event told twice; "2019" and "2020" cannot. */
    private static boolean sameEvent(EventDate a, EventDate b) {
        if (a == null || b == null) return true;
        return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
    }

    private static Seen better(Seen a, Seen b) {
        if (a.ownDate() != b.ownDate()) return a.ownDate() ? a : b;
        EventDate da = a.event().date();
        EventDate db = b.event().date();
        if (da == null) return db == null ? a : b;
        if (db == null) return a;
        return db.value().length() > da.value().length() ? b : a;
    }
}
