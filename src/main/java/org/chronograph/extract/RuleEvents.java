package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronograph.extract.time.TimeMention;

/**
 * Turns the matches of the Semgrex event rules in a sentence into events: each named node becomes the entity it
 * names (with the names joined to it by "and"), each date node the date written there; a rule's event with no date
 * node takes the date nearest its trigger. Stateless; language-free.
 */
final class RuleEvents {
    private RuleEvents() {
    }

    /** An event a rule found, and how far its date is from its trigger (0 for a date the rule names). */
    record Found(Event event, int dateDistance) {
    }

    /** The date node that names no node but the clause the trigger's phrase hangs on. */
    private static final String CLAUSE = "clause";

    static List<Found> events(String lang, List<EventRules.Match> matches, AnalyzedSentence s, List<EntityMention> mentions,
                              List<TimeMention> times, EventDate fallback, Evidence evidence) {
        List<Found> out = new ArrayList<>();
        for (EventRules.Match m : matches) {
            int trigger = m.trigger();
            if (trigger < 0) continue;
            for (EventRules.Template t : m.rule().events()) {
                Triggers.Hit hit = hit(s, t.type(), trigger);
                if (!TriggerReading.statesAnEvent(lang, s, hit)) continue;
                List<Participant> participants = participants(lang, t, m, s, mentions);
                if (participants == null) continue;
                EventDate date;
                int distance;
                if (CLAUSE.equals(t.dateNode())) {
                    // "date=clause": the date of the clause the trigger's phrase hangs on ("After six years at Google,
                    // she joined X in August": the departure is August's, as the join is)
                    List<Integer> governors = s.governors(trigger);
                    int clause = governors.isEmpty() ? -1 : governors.getFirst();
                    TriggerDates.Chosen chosen = clause < 0 ? new TriggerDates.Chosen(null, Integer.MAX_VALUE)
                            : TriggerDates.choose(lang, t.type(), false, false, s, clause, hit(s, t.type(), clause), participants,
                            mentions, times, fallback);
                    date = chosen.date();
                    distance = chosen.distance();
                } else if (t.dateNode() != null) {
                    // "date=range$": the last date written at the node ("2018-2020" is one word, two dates)
                    boolean last = t.dateNode().endsWith("$");
                    Integer node = m.nodes().get(last ? t.dateNode().substring(0, t.dateNode().length() - 1) : t.dateNode());
                    TimeMention at = node == null ? null : dateAt(s, node, times, last);
                    if (at == null && t.dateRequired()) continue;
                    date = at == null ? null : at.date();
                    distance = -1;
                } else {
                    TriggerDates.Chosen chosen = TriggerDates.choose(lang, t.type(), false, TriggerReading.opensTimeClause(lang, s, hit),
                            s, trigger, hit, participants, mentions, times, fallback);
                    date = chosen.date();
                    distance = chosen.distance();
                }
                for (List<Participant> one : perOrganization(t.type(), participants)) {
                    out.add(new Found(new Event(t.type(), date, one, evidence, date != null ? 0.8 : 0.7, t.leaving()), distance));
                }
            }
        }
        return out;
    }

    /**
     * A person's join, departure or appointment at several organizations ("a former director at OpenAI and Tesla") is
     * one event at each, and that of several people ("Jane Doe et Paul Vidal, tous deux issus de Meta") one event of
     * each; other events (a founding by several, a partnership of several) are one.
     */
    private static List<List<Participant>> perOrganization(EventType type, List<Participant> participants) {
        List<Participant> orgs = participants.stream().filter(p -> p.role().equals("organization")).toList();
        List<Participant> people = participants.stream().filter(p -> p.role().equals("person")).toList();
        if (orgs.size() < 2 && people.size() < 2 || type != EventType.JOIN && type != EventType.DEPARTURE && type != EventType.APPOINTMENT) {
            return List.of(participants);
        }
        List<Participant> others = participants.stream().filter(p -> !p.role().equals("organization") && !p.role().equals("person")).toList();
        List<List<Participant>> out = new ArrayList<>();
        for (Participant person : people.isEmpty() ? java.util.Collections.<Participant>singletonList(null) : people) {
            for (Participant org : orgs.isEmpty() ? java.util.Collections.<Participant>singletonList(null) : orgs) {
                List<Participant> one = new ArrayList<>();
                if (person != null) one.add(person);
                one.addAll(others);
                if (org != null) one.add(org);
                out.add(one);
            }
        }
        return out;
    }

    /** The participants of a rule's event, or {@code null} when a participant it needs names no entity. */
    private static List<Participant> participants(String lang, EventRules.Template t, EventRules.Match m, AnalyzedSentence s,
                                                  List<EntityMention> mentions) {
        List<Participant> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (EventRules.Slot slot : t.slots()) {
            Integer node = m.nodes().get(slot.node());
            // a slot marked nearest whose node the match left out takes the entity nearest the trigger
            Set<EntityMention> named = node == null && !slot.nearest() ? Set.of()
                    : named(lang, s, mentions, node == null ? m.trigger() : node, slot);
            if (named.isEmpty() && !slot.optional()) return null;
            for (EntityMention e : named) {
                if (seen.add(e.entity().key())) out.add(new Participant(e.entity().ref(), slot.role()));
            }
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * The entities a node names, of the kind its role takes: the mention over the node and those joined to it by
     * "and"; for a slot marked nearest ("their AI efforts", "his tenure"), the entity of that kind nearest the node, and
     * those joined to it ("Jane Doe et Paul Vidal, tous deux issus de Meta": both).
     */
    private static Set<EntityMention> named(String lang, AnalyzedSentence s, List<EntityMention> mentions, int node, EventRules.Slot slot) {
        Set<EntityMention> out = new LinkedHashSet<>();
        for (EntityMention e : mentions) {
            if (node >= e.from() && node < e.to() && fits(slot.role(), e)) out.addAll(Grammar.chain(s, mentions, e));
        }
        if (out.isEmpty() && slot.nearest()) {
            // a relative clause hanging off a named person tells of that person, not of the rule's event ("A was replaced
            // by B, who had joined Acme in 2019": A did not leave Acme), unless the node itself stands in it
            boolean[] relative = RelativeClauses.relativeTokens(s, mentions);
            // nor is an organization named as where someone came from ("A a été remplacé par B, ancienne responsable
            // chez Criteo": neither A nor B took a post at Criteo)
            ContextCues cues = ContextCues.bundled(lang);
            mentions.stream().filter(e -> fits(slot.role(), e) && (!relative[e.from()] || relative[node])
                            && (cues == null || !e.type().isOrganization() || !cues.at("ORIGIN", s, e.from())))
                    .min(Comparator.comparingInt(e -> Math.min(Math.abs(e.from() - node), Math.abs(e.to() - 1 - node))))
                    .ifPresent(e -> out.addAll(Grammar.chain(s, mentions, e)));
        }
        return out;
    }

    /** True when an entity can fill a role: people for person and founder, models and products for product, else organizations. */
    static boolean fits(String role, EntityMention e) {
        return switch (role) {
            case "person", "founder" -> e.type() == EntityType.Person;
            case "product" -> e.type() == EntityType.Model || e.type() == EntityType.Product;
            default -> e.type().isOrganization();
        };
    }

    private static TimeMention dateAt(AnalyzedSentence s, int token, List<TimeMention> times, boolean last) {
        int from = s.tokens().get(token).beginPosition() - s.begin();
        int to = s.tokens().get(token).endPosition() - s.begin();
        List<TimeMention> at = times.stream().filter(t -> t.start() < to && t.end() > from).toList();
        return at.isEmpty() ? null : at.get(last ? at.size() - 1 : 0);
    }

    private static Triggers.Hit hit(AnalyzedSentence s, EventType type, int trigger) {
        int start = s.tokens().get(trigger).beginPosition() - s.begin();
        int end = s.tokens().get(trigger).endPosition() - s.begin();
        return new Triggers.Hit(type, s.text().substring(start, end), start, end, Set.of());
    }
}
