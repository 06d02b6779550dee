package org.chronograph.extract;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The date of a leaving told with a founding in one sentence, when the leaving's own clause gives none: "founded in
 * 2021 by Priya Raman, who left Intel to start it", "fondée en 2021 par Ida Berg, qui a quitté Corlane pour la
 * lancer". The founders' moves to the new company take the founding's date ({@code FORMAT.md}), and so does the
 * leaving that made them. Not a "former X" in passing, which says that one left, not when. Stateless.
 */
final class LeavingToFound {
    private LeavingToFound() {
    }

    /**
     * The date of the sentence's one dated founding that the leaving person founded, or {@code null} when there is
     * none or they disagree.
     *
     * @param leaving a departure without a date
     * @param told    the events the sentence tells
     */
    static EventDate date(Event leaving, Collection<Event> told) {
        Set<String> people = leaving.participants().stream().filter(p -> p.entity().type() == EntityType.Person)
                .map(p -> p.entity().key()).collect(Collectors.toSet());
        if (people.isEmpty()) return null;
        Set<EventDate> dates = told.stream()
                .filter(e -> e.type() == EventType.FOUNDING && e.date() != null)
                .filter(e -> e.participants().stream().anyMatch(p -> people.contains(p.entity().key())))
                .map(Event::date).collect(Collectors.toSet());
        return dates.size() == 1 ? dates.iterator().next() : null;
    }
}
