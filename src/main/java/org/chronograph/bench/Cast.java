package org.chronograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.chronograph.extract.EntityKeys;
import org.chronograph.extract.EntityRef;
import org.chronograph.extract.EntityType;

/**
 * The entities of a synthetic world, sized for a number of events: companies, people, models (each with its maker)
 * and public bodies. Picks favour a few popular entities, as the news does: the first of a list is chosen far more
 * often than the last (the index is {@code n * u^2} for a uniform {@code u}).
 */
final class Cast {
    /** One entity; {@code alias} is a short form or {@code null}, {@code maker} the company of a model or {@code null}. */
    record Member(String key, String name, String alias, EntityType type, Member maker) {
        EntityRef ref() {
            return new EntityRef(key, name, type);
        }
    }

    final List<Member> companies;
    final List<Member> people;
    final List<Member> models;
    final List<Member> bodies;

    private Cast(List<Member> companies, List<Member> people, List<Member> models, List<Member> bodies) {
        this.companies = List.copyOf(companies);
        this.people = List.copyOf(people);
        this.models = List.copyOf(models);
        this.bodies = List.copyOf(bodies);
    }

    /** A cast for about {@code events} events. */
    static Cast forEvents(long events, SplittableRandom random) {
        Names names = new Names(random);
        List<Member> companies = new ArrayList<>();
        for (long i = 0, n = Math.max(40, events / 40); i < n; i++) {
            String[] c = names.company();
            companies.add(new Member(EntityKeys.of(c[0]), c[0], c[1], EntityType.Company, null));
        }
        List<Member> people = new ArrayList<>();
        for (long i = 0, n = Math.max(60, events / 15); i < n; i++) {
            String p = names.person();
            people.add(new Member(EntityKeys.of(p), p, null, EntityType.Person, null));
        }
        List<Member> models = new ArrayList<>();
        for (long i = 0, n = Math.max(30, events / 25); i < n; i++) {
            String m = names.model();
            models.add(new Member(EntityKeys.of(m), m, null, EntityType.Model, popular(companies, random)));
        }
        List<Member> bodies = new ArrayList<>();
        for (long i = 0, n = Math.max(8, events / 1000); i < n; i++) {
            String b = names.body();
            bodies.add(new Member(EntityKeys.of(b), b, null, EntityType.Organization, null));
        }
        return new Cast(companies, people, models, bodies);
    }

    /** Every member, in a fixed order: companies, people, models, bodies. */
    List<Member> all() {
        List<Member> all = new ArrayList<>(companies);
        all.addAll(people);
        all.addAll(models);
        all.addAll(bodies);
        return all;
    }

    /** A member, popular ones more often. */
    static Member popular(List<Member> members, SplittableRandom random) {
        double u = random.nextDouble();
        return members.get((int) (members.size() * u * u));
    }
}
