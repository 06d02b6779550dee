package org.chronograph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.chronograph.bench.Cast.Member;
import org.chronograph.bench.Fact.Part;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;

/**
 * Draws one fact about an article's company: its type by how often the news reports it, its participants from the
 * cast (people join where they are not yet, and leave where they work), and a date near the publication day, as
 * precise as news dates are (mostly days and months, some quarters and years, a few undated).
 */
final class FactMaker {
    private static final EventType[] TYPES = {
        EventType.RELEASE, EventType.FUNDING, EventType.JOIN, EventType.DEPARTURE, EventType.APPOINTMENT,
        EventType.ACQUISITION, EventType.PARTNERSHIP, EventType.LEGAL, EventType.FOUNDING, EventType.DELAY,
        EventType.RESTRUCTURING};
    private static final int[] WEIGHTS = {20, 14, 14, 5, 8, 8, 10, 6, 4, 4, 7};
    private static final String[] MODS = {"START", "MID", "END"};

    private final Cast cast;
    private final SplittableRandom random;
    private final Map<String, Member> employers;

    FactMaker(Cast cast, SplittableRandom random, Map<String, Member> employers) {
        this.cast = cast;
        this.random = random;
        this.employers = employers;
    }

    /** A fact about {@code main}; with {@code allowOrigin} false, a joining person's origin is left unsaid. */
    Fact make(Member main, LocalDate published, boolean allowOrigin) {
        EventType type = type();
        EventDate date = date(published);
        double confidence = 0.55 + random.nextInt(41) / 100.0;
        List<Part> parts = new ArrayList<>();
        Member origin = null;
        switch (type) {
            case RELEASE, DELAY -> {
                Member model = Cast.popular(cast.models, random);
                parts.add(new Part(model.maker(), "maker"));
                parts.add(new Part(model, "product"));
            }
            case FUNDING -> {
                parts.add(new Part(main, "funded"));
                for (Member investor : others(main, 1 + random.nextInt(2))) parts.add(new Part(investor, "investor"));
            }
            case ACQUISITION -> {
                parts.add(new Part(main, "buyer"));
                parts.add(new Part(uniform(cast.companies, main), "acquired"));
            }
            case PARTNERSHIP -> {
                parts.add(new Part(main, "party"));
                parts.add(new Part(others(main, 1).get(0), "party"));
            }
            case LEGAL -> {
                parts.add(new Part(Cast.popular(cast.bodies, random), "party"));
                parts.add(new Part(main, "party"));
            }
            case RESTRUCTURING -> parts.add(new Part(main, "party"));
            case FOUNDING -> {
                Member founder = Cast.popular(cast.people, random);
                parts.add(new Part(founder, "founder"));
                parts.add(new Part(uniform(cast.companies, main), "founded"));
                Member current = employers.get(founder.key());
                origin = allowOrigin && random.nextBoolean() && !parts.get(1).member().equals(current) ? current : null;
            }
            case JOIN -> {
                Member person = Cast.popular(cast.people, random);
                Member current = employers.get(person.key());
                Member joined = main.equals(current) ? others(main, 1).get(0) : main;
                parts.add(new Part(person, "person"));
                parts.add(new Part(joined, "organization"));
                origin = allowOrigin && random.nextInt(10) < 7 ? current : null;
            }
            case DEPARTURE -> {
                Member person = Cast.popular(cast.people, random);
                Member current = employers.get(person.key());
                parts.add(new Part(person, "person"));
                parts.add(new Part(current != null ? current : main, "organization"));
            }
            case APPOINTMENT -> {
                parts.add(new Part(Cast.popular(cast.people, random), "person"));
                parts.add(new Part(main, "organization"));
            }
        }
        return new Fact(type, date, parts, origin, confidence);
    }

    /** Records where people work once a fact is told: joining or founding moves them, leaving frees them. */
    void settle(Fact fact) {
        switch (fact.type()) {
            case JOIN, FOUNDING -> employers.put(fact.person().key(), fact.organization());
            case DEPARTURE -> employers.remove(fact.person().key());
            default -> { }
        }
    }

    private EventType type() {
        int total = 0;
        for (int w : WEIGHTS) total += w;
        int r = random.nextInt(total);
        for (int i = 0; i < TYPES.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) return TYPES[i];
        }
        throw new IllegalStateException("weights");
    }

    private EventDate date(LocalDate published) {
        int r = random.nextInt(100);
        if (r < 3) return null;
        if (r < 48) return EventDate.of(published.minusDays(random.nextInt(15)));
        LocalDate day = published.minusDays(random.nextInt(r < 81 ? 46 : r < 88 ? 101 : 181));
        if (r < 81) return EventDate.of(String.format("%d-%02d", day.getYear(), day.getMonthValue()));
        if (r < 88) return EventDate.of(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
        if (r < 90) return EventDate.of(day.getYear() + "-H" + (day.getMonthValue() <= 6 ? 1 : 2));
        String year = Integer.toString(published.minusDays(random.nextInt(301)).getYear());
        return new EventDate(year, random.nextInt(10) < 4 ? MODS[random.nextInt(MODS.length)] : null);
    }

    /** {@code n} distinct popular companies other than {@code main}. */
    private List<Member> others(Member main, int n) {
        List<Member> out = new ArrayList<>();
        while (out.size() < n) {
            Member m = Cast.popular(cast.companies, random);
            if (!m.equals(main) && !out.contains(m)) out.add(m);
        }
        return out;
    }

    private Member uniform(List<Member> members, Member not) {
        while (true) {
            Member m = members.get(random.nextInt(members.size()));
            if (!m.equals(not)) return m;
        }
    }
}
