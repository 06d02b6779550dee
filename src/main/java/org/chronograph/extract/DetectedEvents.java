package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.chronograph.extract.time.TimeMention;

/**
 * The event a sentence states of a type the learned detector found in it and no trigger rule did: the sentence's
 * entities in the type's roles, by their types (no parse is read). A release or delay is of each model or product
 * named, by the organization named (else the product's known maker, else the article's company); a join,
 * appointment or departure is of each person named, at the first organization named; a founding is of the first
 * organization named (else the article's company), by the people named; a funding raises money for the first
 * organization named, from the others; an acquisition is by the first organization named, of the other names; a
 * partnership, legal action or restructuring is between the organizations named (a legal action's parties may be
 * people or products too). Dated by the sentence's first date, else undated: a wrong date is worse than none.
 * Stateless.
 */
final class DetectedEvents {
    /** At most this many events of one type from one sentence ("released X, Y and Z"). */
    private static final int MAX = 3;

    private DetectedEvents() {
    }

    static List<Event> of(EventType type, List<EntityMention> mentions, List<TimeMention> times, Evidence evidence,
                          Function<Entity, EntityRef> makerOf, EntityRef mainCompany, double probability) {
        EventDate date = times.stream().map(TimeMention::date).filter(d -> d != null).findFirst().orElse(null);
        List<Entity> persons = entities(mentions, e -> e.type() == EntityType.Person);
        List<Entity> orgs = entities(mentions, e -> e.type().isOrganization());
        List<Entity> products = entities(mentions, e -> e.type() == EntityType.Model || e.type() == EntityType.Product);
        double confidence = Math.round(probability * 100) / 100.0;
        List<List<Participant>> made = new ArrayList<>();
        switch (type) {
            case RELEASE, DELAY -> {
                for (Entity p : products.subList(0, Math.min(MAX, products.size()))) {
                    EntityRef maker = orgs.isEmpty() ? makerOf.apply(p) : orgs.get(0).ref();
                    made.add(list(maker == null ? null : new Participant(maker, "maker"), new Participant(p.ref(), "product")));
                }
            }
            case JOIN, APPOINTMENT, DEPARTURE -> {
                Participant org = orgs.isEmpty() ? null : new Participant(orgs.get(0).ref(), "organization");
                // a join says where to, or it is no move
                if (type == EventType.JOIN && org == null) break;
                for (Entity p : persons.subList(0, Math.min(MAX, persons.size()))) made.add(list(new Participant(p.ref(), "person"), org));
                if (persons.isEmpty() && type == EventType.DEPARTURE && org != null) made.add(list(org));
            }
            case FOUNDING -> {
                EntityRef founded = orgs.isEmpty() ? mainCompany : orgs.get(0).ref();
                if (founded == null) break;
                List<Participant> ps = new ArrayList<>();
                for (Entity p : persons.subList(0, Math.min(MAX, persons.size()))) ps.add(new Participant(p.ref(), "founder"));
                ps.add(new Participant(founded, "founded"));
                made.add(ps);
            }
            case FUNDING, ACQUISITION -> {
                List<Entity> parties = new ArrayList<>(orgs);
                if (type == EventType.ACQUISITION) parties.addAll(products);
                if (parties.isEmpty()) {
                    if (type == EventType.FUNDING && mainCompany != null) made.add(List.of(new Participant(mainCompany, "funded")));
                    break;
                }
                List<Participant> ps = new ArrayList<>();
                ps.add(new Participant(parties.get(0).ref(), type == EventType.FUNDING ? "funded" : "buyer"));
                for (Entity o : parties.subList(1, Math.min(MAX + 1, parties.size()))) {
                    ps.add(new Participant(o.ref(), type == EventType.FUNDING ? "investor" : "acquired"));
                }
                made.add(ps);
            }
            case PARTNERSHIP, LEGAL, RESTRUCTURING -> {
                List<Entity> parties = new ArrayList<>(orgs);
                if (type == EventType.LEGAL) {
                    parties.addAll(persons);
                    parties.addAll(products);
                }
                List<Participant> ps = new ArrayList<>();
                for (Entity o : parties.subList(0, Math.min(MAX + 1, parties.size()))) ps.add(new Participant(o.ref(), "party"));
                if (ps.isEmpty() && type == EventType.RESTRUCTURING && mainCompany != null) ps.add(new Participant(mainCompany, "party"));
                if (!ps.isEmpty()) made.add(ps);
            }
        }
        List<Event> out = new ArrayList<>();
        for (List<Participant> ps : made) out.add(new Event(type, date, ps, evidence, confidence));
        return out;
    }

    /** The distinct entities of the mentions that pass, in the order the sentence first names them. */
    private static List<Entity> entities(List<EntityMention> mentions, Predicate<Entity> keep) {
        Map<String, Entity> out = new LinkedHashMap<>();
        mentions.stream().sorted(Comparator.comparingInt(EntityMention::from))
                .filter(m -> keep.test(m.entity())).forEach(m -> out.putIfAbsent(m.entity().key(), m.entity()));
        return new ArrayList<>(out.values());
    }

    private static List<Participant> list(Participant... ps) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : ps) if (p != null) out.add(p);
        return out;
    }
}
