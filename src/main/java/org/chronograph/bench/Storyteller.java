package org.chronograph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.chronograph.bench.Cast.Member;
import org.chronograph.bench.Fact.Part;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;
import org.chronograph.graph.GraphKeys;

/**
 * Tells the stories of a synthetic world until they report a given number of distinct events: articles published
 * in date order from 2015 to mid-2026, each about one company, stating one to five facts (releases, funding, hires
 * with the career each person follows, acquisitions...), and sometimes repeating a fact an earlier article reported.
 * The same events and seed give the same stories.
 */
final class Storyteller implements Iterator<Story> {
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 5);
    private static final int SPAN_DAYS = 4_200;
    private static final double REPEAT = 0.1;
    private static final int RECENT = 1_024;

    private final long target;
    private final SplittableRandom random;
    private final Cast cast;
    private final FactMaker maker;
    private final LongSet seen = new LongSet();
    private final Map<String, Member> employers = new HashMap<>();
    private final Fact[] recent = new Fact[RECENT];
    private long events;
    private long stories;

    /**
     * @param events distinct events to report, at least 1
     * @param seed   random seed
     */
    Storyteller(long events, long seed) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be at least 1: " + events);
        }
        this.target = events;
        this.random = new SplittableRandom(seed);
        this.cast = Cast.forEvents(events, random.split());
        this.maker = new FactMaker(cast, random.split(), employers);
    }

    /** The entities of this world. */
    Cast cast() {
        return cast;
    }

    /** Distinct events reported so far. */
    long events() {
        return events;
    }

    @Override
    public boolean hasNext() {
        return events < target;
    }

    @Override
    public Story next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long index = stories++;
        String lang = random.nextInt(10) < 7 ? "en" : "fr";
        LocalDate published = FIRST_DAY.plusDays(events * SPAN_DAYS / target);
        Member main = Cast.popular(cast.companies, random);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n && events < target; i++) {
            Fact repeated = recent[random.nextInt(RECENT)];
            if (repeated != null && random.nextDouble() < REPEAT && !facts.contains(repeated)) {
                facts.add(repeated);
                continue;
            }
            Fact fact = newFact(main, published);
            facts.add(fact);
            recent[random.nextInt(RECENT)] = fact;
        }
        return new Story(index, String.format("syn-%07d-%s", index, lang), lang, published, main, facts);
    }

    /** A fact whose events were never reported, keeping the count of events at or under the target. */
    private Fact newFact(Member main, LocalDate published) {
        while (true) {
            Fact fact = maker.make(main, published, target - events >= 2);
            if (fact.events() == 2 && target - events < 2) {
                continue;
            }
            long first = identity(fact.type(), fact.parts(), fact.date());
            long second = fact.origin() == null ? 0 : identity(EventType.DEPARTURE,
                    List.of(fact.parts().get(0), new Part(fact.origin(), "organization")), fact.date());
            if (seen.contains(first) || fact.origin() != null && (seen.contains(second) || second == first)) {
                continue;
            }
            seen.add(first);
            if (fact.origin() != null) {
                seen.add(second);
            }
            maker.settle(fact);
            events += fact.events();
            return fact;
        }
    }

    private static long identity(EventType type, List<Part> parts, EventDate date) {
        String key = GraphKeys.event(type, parts.stream().map(p -> p.member().key()).toList(), date);
        return Long.parseUnsignedLong(key.substring(0, 16), 16);
    }
}
