package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chronograph.extract.time.TimeMention;

/**
 * A list of objects each told with its own date ("acquisitions (e.g., A in 2002, B in 2003)", "des rachats (par exemple
 * A en 2016, B en 2018)", "bet on A (2000–2002) and B (2007)") tells one event per object, each at its own date, not one
 * event of all of them at the nearest date. Language-free: an object's own date is written right after its name (a
 * preposition or an opening parenthesis at most between them); the items of a list follow one another with only a
 * separator between an item's date and the next name. Stateless.
 */
final class ListedObjects {
    /** Between a name and its own date: nothing, a parenthesis, a comma, or one short word ("in", "en", "au", "im"). */
    private static final Pattern OWN_DATE_GAP = Pattern.compile("^[\\s(,]*(?:\\p{Ll}{1,3}\\s+)?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Between one item's date and the next item's name: a separator ("2002, MediaQ", "2016) and B", "2016 ; B"). */
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s)]*(?:[,;/]|and|et|und|y|&)\\s*(?:and\\s+|et\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Longest gap read between a name and its date, in characters. */
    private static final int GAP = 6;

    private ListedObjects() {
    }

    /** The role an event's object takes, by event type; null for types told of no listed object. */
    static String objectRole(EventType type) {
        return switch (type) {
            case ACQUISITION -> "acquired";
            case RELEASE -> "product";
            case FOUNDING -> "founded";
            default -> null;
        };
    }

    /**
     * The participants of one event, split into one list per listed object when two or more of the event's objects
     * (with the items of the lists they are in) each have their own date, and the dates differ: each list keeps the participants that are no item (the
     * buyer, the maker, the founders) and one item as the object; an object of the event that is in no such list
     * stays with them in a list of its own. Otherwise the participants unchanged, as the only list.
     */
    static List<List<Participant>> split(EventType type, List<Participant> participants, AnalyzedSentence s,
                                         List<EntityMention> mentions, List<TimeMention> times) {
        String role = objectRole(type);
        if (role == null || participants.size() < 2 || times.size() < 2) return List.of(participants);
        // the lists the event's objects are items of; an object with its own date outside any list is a list of one
        // ("acquisitions like A (2000–2002) to ... and bets on B (e.g., B in 2007)")
        List<EntityMention> items = new ArrayList<>();
        java.util.Set<String> itemDates = new java.util.HashSet<>();
        for (Participant p : participants) {
            if (p == null || !isObject(type, p, role)) continue;
            for (EntityMention m : mentions) {
                if (!m.entity().key().equals(p.entity().key())) continue;
                for (EntityMention item : listAround(s, mentions, times, m)) {
                    if (items.stream().noneMatch(i -> i.entity().key().equals(item.entity().key()))) {
                        items.add(item);
                        itemDates.add(ownDate(s, times, item).date().value());
                    }
                }
            }
        }
        // two dated objects at most one date: one event told with its date after each name
        if (items.size() < 2 || itemDates.size() < 2) return List.of(participants);
        List<String> itemKeys = items.stream().map(m -> m.entity().key()).toList();
        List<Participant> kept = new ArrayList<>();
        List<Participant> otherObjects = new ArrayList<>();
        for (Participant p : participants) {
            if (p == null || itemKeys.contains(p.entity().key())) continue;
            if (role.equals(p.role())) otherObjects.add(p);
            else kept.add(p);
        }
        List<List<Participant>> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (EntityMention item : items) {
            if (done.contains(item.entity().key())) continue;
            done.add(item.entity().key());
            List<Participant> ps = new ArrayList<>(kept);
            ps.add(new Participant(item.entity().ref(), role));
            out.add(ps);
        }
        if (!otherObjects.isEmpty()) {
            List<Participant> ps = new ArrayList<>(kept);
            ps.addAll(otherObjects);
            out.add(ps);
        }
        return out;
    }

    /**
     * Whether a participant can be a listed object: the event's object; for an acquisition any organization or
     * product (the buyer is often guessed: "acquisitions like A (2000) ... and B (2007)" names none).
     */
    private static boolean isObject(EventType type, Participant p, String role) {
        return role.equals(p.role()) || type == EventType.ACQUISITION;
    }

    /**
     * The own date of the event's object when it is an item of a dated list (see {@link #split}), or null: that
     * date is the event's, whatever else is nearer its trigger.
     */
    static TimeMention listedDate(EventType type, List<Participant> participants, AnalyzedSentence s,
                                  List<EntityMention> mentions, List<TimeMention> times) {
        String role = objectRole(type);
        if (role == null || times.size() < 2) return null;
        List<Participant> objects = participants.stream().filter(p -> p != null && role.equals(p.role())).toList();
        if (objects.size() != 1) return null;
        for (EntityMention m : mentions) {
            if (!m.entity().key().equals(objects.getFirst().entity().key())) continue;
            TimeMention own = ownDate(s, times, m);
            if (own == null) continue;
            // another name of the sentence with a date of its own: each date is its name's
            for (EntityMention o : mentions) {
                if (!o.entity().key().equals(m.entity().key()) && comparable(o, m) && ownDate(s, times, o) != null
                        && !ownDate(s, times, o).equals(own)) return own;
            }
        }
        return null;
    }

    /** The list of dated items a mention belongs to (itself included), or an empty list when it has no date of its own. */
    static List<EntityMention> listAround(AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times,
                                          EntityMention m) {
        if (ownDate(s, times, m) == null) return List.of();
        List<EntityMention> sorted = mentions.stream().filter(x -> comparable(x, m))
                .sorted(java.util.Comparator.comparingInt(EntityMention::from)).toList();
        int at = sorted.indexOf(m);
        if (at < 0) return List.of();
        List<EntityMention> out = new ArrayList<>();
        out.add(m);
        // backwards: the item before ends with its date, then a separator, then this name
        for (int i = at; i > 0; i--) {
            EntityMention prev = sorted.get(i - 1);
            TimeMention d = ownDate(s, times, prev);
            if (d == null || !SEPARATOR.matcher(between(s, d.end(), start(s, sorted.get(i)))).matches()) break;
            out.addFirst(prev);
        }
        for (int i = at; i + 1 < sorted.size(); i++) {
            TimeMention d = ownDate(s, times, sorted.get(i));
            EntityMention next = sorted.get(i + 1);
            if (d == null || ownDate(s, times, next) == null
                    || !SEPARATOR.matcher(between(s, d.end(), start(s, next))).matches()) break;
            out.add(next);
        }
        return out;
    }

    /** The date written right after a mention's name, or null. */
    static TimeMention ownDate(AnalyzedSentence s, List<TimeMention> times, EntityMention m) {
        int end = end(s, m);
        for (TimeMention t : times) {
            if (t.date() == null || t.start() < end || t.start() - end > GAP) continue;
            if (OWN_DATE_GAP.matcher(s.text().substring(end, t.start())).matches()) return t;
        }
        return null;
    }

    private static String between(AnalyzedSentence s, int from, int to) {
        return from > to ? "\u0000" : s.text().substring(from, to);
    }

    private static int start(AnalyzedSentence s, EntityMention m) {
        return s.tokens().get(m.from()).beginPosition() - s.begin();
    }

    private static int end(AnalyzedSentence s, EntityMention m) {
        return s.tokens().get(m.to() - 1).endPosition() - s.begin();
    }

    /** Names that can be items of one list: both organizations, or both models or products. */
    private static boolean comparable(EntityMention a, EntityMention b) {
        return a.type() == b.type() || a.type().isOrganization() && b.type().isOrganization() || product(a) && product(b);
    }

    private static boolean product(EntityMention m) {
        return m.type() == EntityType.Model || m.type() == EntityType.Product;
    }
}
