package org.chronograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The present posts an article's sentences tell ("Zeta's chief scientist Jane Doe"), in sentence order, for the moves
 * ({@link MoveDeriver}): a post is read there only beside a departure of the same person, so a sentence whose post
 * rules were left unread ({@link EventFinder.Told#postsLeft}) is read at the end, and only when a person it names
 * left somewhere in the article. Its parse, which nothing else may need, is then made for those sentences alone. One
 * instance per article.
 */
final class Posts {
    /** Posts told, or a sentence's posts left to read: what the sentence names, and how to read them. */
    private record Left(Set<String> people, Supplier<List<Event>> read) {
    }

    /** In sentence order: an {@link Event} told, or a {@link Left}. */
    private final List<Object> told = new ArrayList<>();

    /** A post a sentence told; true. */
    boolean add(Event post) {
        return told.add(post);
    }

    /** A sentence's posts, left to read; {@code mentions}: the sentence's, among whom its posts' people are. */
    void later(List<EntityMention> mentions, Supplier<List<Event>> read) {
        Set<String> people = new HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.Person) people.add(m.entity().key());
        }
        if (!people.isEmpty()) told.add(new Left(people, read));
    }

    /** Every post that can pair with a departure among {@code events}, in sentence order (those left read now). */
    List<Event> all(List<Event> events) {
        Set<String> leavers = new HashSet<>();
        for (Event e : events) {
            if (e.type() != EventType.DEPARTURE) continue;
            for (Participant p : e.participants()) {
                if (p.entity().type() == EntityType.Person) leavers.add(p.entity().key());
            }
        }
        List<Event> out = new ArrayList<>();
        for (Object o : told) {
            if (o instanceof Event e) out.add(e);
            else if (o instanceof Left left && left.people().stream().anyMatch(leavers::contains)) out.addAll(left.read().get());
        }
        return out;
    }
}
