package org.chronograph.bench;

import java.util.Iterator;
import java.util.List;
import org.chronograph.extract.Extraction;

/**
 * A seeded synthetic graph for scale tests: the extractions of the articles that report {@code events} distinct
 * events (entities with mentions and aliases, dated events with participants and roles, moves of people, each with
 * the sentence and article that state it). Iterating twice gives the same extractions; nothing is held in memory
 * but the cast and the careers of its people.
 */
public final class SyntheticGraph implements Iterable<Extraction> {
    private final long events;
    private final long seed;

    /**
     * @param events distinct events the articles report, at least 1
     * @param seed   random seed
     */
    public SyntheticGraph(long events, long seed) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be at least 1: " + events);
        }
        this.events = events;
        this.seed = seed;
    }

    public long events() {
        return events;
    }

    public long seed() {
        return seed;
    }

    /** The extractions, one per article, in publication order. */
    @Override
    public Iterator<Extraction> iterator() {
        Storyteller stories = new Storyteller(events, seed);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stories.hasNext();
            }

            @Override
            public Extraction next() {
                Story story = stories.next();
                return FactsOfStory.of(story, Report.of(story, seed, 0));
            }
        };
    }

    /** Names of the entities of the graph's world, the most often reported first within each kind. */
    public Entities entities() {
        Cast cast = new Storyteller(events, seed).cast();
        return new Entities(keys(cast.companies), keys(cast.people), keys(cast.models), keys(cast.bodies));
    }

    /** Entity names by kind (only those that some article reports are in the graph). */
    public record Entities(List<String> companies, List<String> people, List<String> models, List<String> bodies) {
    }

    private static List<String> keys(List<Cast.Member> members) {
        return members.stream().map(Cast.Member::name).toList();
    }
}
