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
 * never split an event, nor keep a shorter retelling apart. One instance per article.
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
     * The merged events, in order of first statement. Of the events a company has one of (an acquisition, a
     * founding, a release...), one told with fewer participants than another of its type, at a date that fits, is
     * that event told again: with no date of its own it goes ("It was the largest acquisition in its history" after
     * "X acquired Y in May 2025"); with one, it gives its date to the fuller telling and goes ("founded 2021" and,
     * undated, "its co-founders A and B"); told twice with dates of its own that fit, it is one event at the more
     * precise ("2016: founding of X" in a chronology, and "X was founded in March 2016 by A and B"). A funding told
     * with fewer participants, of the same organization funded, at a date that fits ("X raises EUR 20 million" as a
     * brief's title, then the round with its lead investor), is the fuller telling too; one at another date is another
     * round, and several companies' funding told together ("A, B and C are well funded") tells none of theirs again.
     * Moves of people and restructurings, which a company or person has many of, are left as told.
     */
    List<Event> events() {
        List<Seen> all = new ArrayList<>();
        groups.values().forEach(all::addAll);
        Map<Seen, EventDate> given = new java.util.HashMap<>();
        List<Seen> gone = new ArrayList<>();
        for (Seen s : all) {
            if (!retold(s.event())) continue;
            java.util.Set<String> keys = s.event().participantKeys();
            Seen fuller = all.stream().filter(o -> o != s && o.event().type() == s.event().type() && !gone.contains(o)
                    && o.event().participantKeys().size() > keys.size() && o.event().participantKeys().containsAll(keys)
                    && (!s.ownDate() || !o.ownDate() || sameEvent(o.event().date(), s.event().date()))
                    && (RETOLD.contains(s.event().type()) || sameEvent(o.event().date(), s.event().date()) && sameFunded(s.event(), o.event())))
                    .findFirst().orElse(null);
            if (fuller == null) continue;
            EventDate date = s.event().date();
            if (s.ownDate() && fuller.ownDate()) {
                // one event told twice with its date: the more precise date of the two
                EventDate other = given.getOrDefault(fuller, fuller.event().date());
                if (date != null && (other == null || date.value().length() > other.value().length())) given.put(fuller, date);
            } else if (s.ownDate() && date != null) {
                given.put(fuller, date);
            }
            gone.add(s);
        }
        List<Event> out = new ArrayList<>();
        for (Seen s : all) {
            if (gone.contains(s)) continue;
            Event e = s.event();
            EventDate date = given.get(s);
            out.add(date == null ? e : e.withDate(date));
        }
        return out;
    }

    /**
     * Whether a telling of this event with fewer participants than another of its type can be that event told again:
     * the one-off events, and fundings (told again only at a date that fits, of the same organization funded).
     */
    private static boolean retold(Event e) {
        return RETOLD.contains(e.type()) || e.type() == EventType.FUNDING;
    }

    /** Numbers in a sentence other than years: the amounts a funding's sentence may state ("$40 million", "20 M€"). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+)?(?![\\d.,]*\\d)");

    private static java.util.Set<String> amounts(Event e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (e.evidence() == null || e.evidence().sentence() == null) return out;
        java.util.regex.Matcher m = NUMBER.matcher(e.evidence().sentence());
        while (m.find()) {
            String n = m.group();
            if (!n.matches("(19|20)\\d\\d")) out.add(n.replace(',', '.'));
        }
        return out;
    }

    /**
     * A funding is told again only by a telling of the same round: the same organization funded ("funded" role), and
     * no other amount ("raised $40 million from Sequoia" and "later raised $120 million more" are two rounds).
     */
    private static boolean sameFunded(Event retelling, Event fuller) {
        if (retelling.type() != EventType.FUNDING) return true;
        java.util.Set<String> told = amounts(retelling);
        java.util.Set<String> fullerTold = amounts(fuller);
        if (!told.isEmpty() && !fullerTold.isEmpty() && java.util.Collections.disjoint(told, fullerTold)) return false;
        java.util.Set<String> a = new java.util.HashSet<>();
        java.util.Set<String> b = new java.util.HashSet<>();
        for (Participant p : retelling.participants()) if (p.role().equals("funded")) a.add(p.entity().key());
        for (Participant p : fuller.participants()) if (p.role().equals("funded")) b.add(p.entity().key());
        return !a.isEmpty() && a.equals(b);
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
