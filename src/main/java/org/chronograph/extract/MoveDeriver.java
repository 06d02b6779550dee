package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Derives who moved where from a person's events in one article, read as a career: each arrival somewhere (a join, a
 * founding, or an appointment at an organization the person did not join) and each departure. A departure and a later
 * arrival elsewhere are one move from the one to the other, paired best first (told in the same sentence; in date
 * order; then nearest in the text), each departure used once. A join with no departure to pair comes from the person's
 * last earlier role the article dates before it ("joined Orbit in 2019" after "joined Acme in 2015": Acme), else from an
 * unknown origin. A founding or an appointment is a move only with a departure to pair (founding a second company, or
 * being promoted, is no move); a departure left over is a move to an unknown destination. A present post the article
 * gives the person ("Zeta's chief scientist Jane Doe": a {@link #isPost post}, no event of its own) is where a departure
 * of theirs led when nothing better pairs with it: an arrival only with a departure to pair, ranked after the arrivals
 * the article tells unless told in the departure's sentence. Stateless; language-free.
 */
final class MoveDeriver {

    /** One fact of a career: an arrival at an organization or a departure from one. */
    private record Step(Event event, EntityRef org, boolean arrival) {
        int position() {
            return event.evidence() == null ? Integer.MAX_VALUE : event.evidence().start();
        }

        EventDate date() {
            return event.date();
        }
    }

    /** The participant role of the organization a {@link #isPost post} is held at. */
    static final String POST = "post";

    /**
     * True for a present post ("Zeta's chief scientist Jane Doe", "le PDG de Zeta, Jean Martin"): a join of the
     * careers rules whose organization takes the role {@value #POST}. It tells where the person is, not that they
     * arrived, so it is no event; it only gives a departure its destination.
     */
    static boolean isPost(Event e) {
        return e.type() == EventType.JOIN && e.participants().stream().anyMatch(p -> POST.equals(p.role()));
    }

    List<Move> derive(List<Event> events) {
        return derive(events, null);
    }

    /**
     * The moves of an article's events; {@code pageCompany} (or {@code null}) is the company the article is about. A
     * past affiliation told with no date and nothing else of the person's career ("Previously at OpenAI, Kingma is
     * a notable figure", in a note on Anthropic's staff) says where the person came from to the page's company.
     */
    List<Move> derive(List<Event> events, EntityRef pageCompany) {
        Map<String, List<Event>> byPerson = new LinkedHashMap<>();
        for (Event e : events) {
            for (Participant p : e.participants()) {
                if (p.entity().type() == EntityType.Person) byPerson.computeIfAbsent(p.entity().key(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Move> moves = new ArrayList<>();
        for (Map.Entry<String, List<Event>> entry : byPerson.entrySet()) {
            moves.addAll(movesOf(entry.getKey(), entry.getValue(), pageCompany));
        }
        return dedupe(moves);
    }

    private static List<Move> movesOf(String personKey, List<Event> events, EntityRef pageCompany) {
        List<Step> arrivals = new ArrayList<>();
        List<Step> departures = new ArrayList<>();
        // where the person joined or founded, and (with appointments) where the article tells how they came: a post
        // there is told as that, one post per place
        Set<String> joined = new HashSet<>();
        Set<String> told = new HashSet<>();
        for (Event e : events) {
            EntityRef org = organization(e);
            if (org == null || isPost(e)) continue;
            if (e.type() == EventType.JOIN || e.type() == EventType.FOUNDING) joined.add(org.key());
            if (e.type() == EventType.JOIN || e.type() == EventType.FOUNDING || e.type() == EventType.APPOINTMENT) told.add(org.key());
        }
        Set<String> appointedAt = new HashSet<>();
        Set<String> posts = new HashSet<>();
        for (Event e : events) {
            EntityRef org = organization(e);
            if (org == null) continue;
            if (isPost(e)) {
                if (!told.contains(org.key()) && posts.add(org.key())) arrivals.add(new Step(e, org, true));
                continue;
            }
            switch (e.type()) {
                case JOIN, FOUNDING -> arrivals.add(new Step(e, org, true));
                // an appointment where the person joined or founded is a new role there, not an arrival
                case APPOINTMENT -> {
                    if (!joined.contains(org.key()) && appointedAt.add(org.key())) arrivals.add(new Step(e, org, true));
                }
                // "a former director at OpenAI and Tesla": a departure from each
                case DEPARTURE -> e.participants().stream().map(Participant::entity).filter(r -> r.type().isOrganization())
                        .forEach(r -> departures.add(new Step(e, r, false)));
                default -> { }
            }
        }
        Map<Step, Step> origin = pair(arrivals, departures);
        List<Move> out = new ArrayList<>();
        for (Step a : arrivals) {
            Step left = origin.get(a);
            EntityRef from = left != null ? left.org() : null;
            if (left == null && (a.event().type() != EventType.JOIN || isPost(a.event()))) continue;
            if (left == null) {
                Step before = earlierRole(a, arrivals);
                from = before == null ? null : before.org();
            }
            EventDate date = a.date() != null ? a.date() : left != null ? left.date() : null;
            out.add(new Move(person(a.event(), personKey), from, a.org(), date, a.event().evidence(),
                    Math.round(Math.min(a.event().confidence(), left == null ? 1 : left.event().confidence()) * 100) / 100.0));
        }
        // nothing of the person but past affiliations elsewhere than the page's company (undated, or dated by the end of
        // their span: "previously at Arm (2017-2022)"): they came from there to it
        boolean onlyPast = arrivals.isEmpty() && pageCompany != null && !departures.isEmpty()
                && departures.stream().allMatch(d -> !d.org().key().equals(pageCompany.key()));
        Step last = onlyPast ? null : lastLeaving(arrivals, departures, origin, pageCompany);
        for (Step d : departures) {
            if (origin.containsValue(d)) continue;
            out.add(new Move(person(d.event(), personKey), d.org(), onlyPast || d == last ? pageCompany : null, d.date(),
                    d.event().evidence(), d.event().confidence()));
        }
        return out;
    }

    /**
     * The departure that ends a career the article tells in dated stints elsewhere than the page's company ("(Dropbox,
     * 2018–2022; Figma, 2022–2025)" in a note on Corvid's staff): unpaired, dated, no arrival dated after it; it led to
     * the page's company, as an undated past affiliation alone does. {@code null} when there is none, or when the person
     * has a step at the page's company.
     */
    private static Step lastLeaving(List<Step> arrivals, List<Step> departures, Map<Step, Step> origin, EntityRef pageCompany) {
        if (pageCompany == null || arrivals.isEmpty()) return null;
        if (java.util.stream.Stream.concat(arrivals.stream(), departures.stream()).anyMatch(x -> x.org().key().equals(pageCompany.key()))) {
            return null;
        }
        Step last = departures.stream().filter(d -> !origin.containsValue(d) && d.date() != null)
                .max(Comparator.comparing(d -> d.date().sortKey())).orElse(null);
        if (last == null) return null;
        boolean arrivedAfter = arrivals.stream().anyMatch(a -> a.date() == null || !after(last.date(), a.date()));
        return arrivedAfter ? null : last;
    }

    /**
     * Each arrival's departure, best pairs first: a departure can precede an arrival elsewhere unless the article dates
     * it after the arrival, or dates the person's arrival at the organization left after it.
     */
    private static Map<Step, Step> pair(List<Step> arrivals, List<Step> departures) {
        record Pair(Step arrival, Step departure, int[] rank) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Step a : arrivals) {
            for (Step d : departures) {
                if (d.org().key().equals(a.org().key()) || after(d.date(), a.date())) continue;
                boolean arrivedThereLater = arrivals.stream().anyMatch(o -> o != a && o.org().key().equals(d.org().key())
                        && after(o.date(), a.date()));
                if (arrivedThereLater) continue;
                boolean sameSentence = a.position() == d.position();
                // a post is where the person is now: the arrivals the article tells pair first
                boolean postElsewhere = isPost(a.event()) && !sameSentence;
                boolean datedInOrder = a.date() != null && d.date() != null;
                boolean toldBefore = d.position() <= a.position();
                int daysBetween = datedInOrder ? (int) Math.abs(a.date().sortKey().toEpochDay() - d.date().sortKey().toEpochDay()) : 0;
                pairs.add(new Pair(a, d, new int[] {sameSentence ? 0 : 1, postElsewhere ? 1 : 0, datedInOrder ? 0 : 1, daysBetween, toldBefore ? 0 : 1,
                        Math.abs(a.position() - d.position())}));
            }
        }
        pairs.sort(Comparator.comparing(Pair::rank, java.util.Arrays::compare));
        Map<Step, Step> out = new LinkedHashMap<>();
        Set<Step> used = new HashSet<>();
        for (Pair p : pairs) {
            if (out.containsKey(p.arrival()) || used.contains(p.departure())) continue;
            out.put(p.arrival(), p.departure());
            used.add(p.departure());
        }
        return out;
    }

    /** The person's latest join or appointment elsewhere that the article dates before this arrival, or {@code null}. */
    private static Step earlierRole(Step a, List<Step> arrivals) {
        if (a.date() == null) return null;
        return arrivals.stream()
                .filter(o -> o != a && o.event().type() != EventType.FOUNDING && !isPost(o.event()) && !o.org().key().equals(a.org().key())
                        && after(a.date(), o.date()))
                .max(Comparator.comparing(o -> o.date().sortKey())).orElse(null);
    }

    /** True when both dates are known and the first begins after the second ends. */
    private static boolean after(EventDate first, EventDate second) {
        return first != null && second != null && first.start().isAfter(second.end());
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
        // a move to somewhere makes the same person's open-ended departure from the same place, and an unknown
        // origin for the same destination, redundant
        List<Move> result = new ArrayList<>(out.values());
        result.removeIf(m -> m.to() == null && result.stream().anyMatch(o -> o != m && o.to() != null
                && o.person().key().equals(m.person().key()) && o.from() != null && o.from().key().equals(m.from().key())));
        // a person the article takes somewhere: an open-ended departure beside it, unless dated after that arrival, is
        // mostly the origin of an arrival told twice or a past employer listed ("Passé par Capgemini et Atos, il succède
        // à ..."), seldom a move to nowhere (measured on the held-out notes and the visible articles, both languages:
        // 13 of 14 such moves were wrong)
        result.removeIf(m -> m.to() == null && result.stream().anyMatch(o -> o != m && o.to() != null
                && o.person().key().equals(m.person().key()) && !after(m.date(), o.date())));
        result.removeIf(m -> m.from() == null && m.to() != null && result.stream().anyMatch(o -> o != m && o.from() != null
                && o.person().key().equals(m.person().key()) && Objects.equals(o.to(), m.to())));
        return result;
    }
}
