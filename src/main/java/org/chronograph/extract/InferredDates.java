package org.chronograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Dates an event the article tells without a date of its own by what a reader infers from its context, as
 * {@code FORMAT.md} counts such a date as given:
 * <ul>
 * <li>a person's arrival (a join, a new role) told in one sentence with a dated move of the same person is at that
 * move's date: one move told in one sentence happens at one time ("Lena Vogt was lured away from Stratus AI in
 * September and joined Tessaro as head of sales"); else at the one date the article tells elsewhere for the same
 * person's join or role at the same organization (not her own founding's: a founder's role may come later); a new post
 * told beside another person's dated leaving of it is at that leaving's date (a succession);</li>
 * <li>a company's event (a release, a delay, a deal, a round, a suit, a reorganization) told with no date of its own
 * is at the story's time: the last date the article told before its sentence, else, before any date, the
 * publication's year (a news story's opening tells what is new).</li>
 * </ul>
 * A date read from the story's time is inferred, not told: it carries {@code APPROX}, so that a timeline shows it as
 * such ("~2025"); the year is what scoring compares. An arrival told with no date of its own nor a dated move beside it
 * ("Thomas Lefort est nommé directeur général de Kestrel" in a brief) is at the story's time too on the timeline
 * ({@link #onTimeline}), unless told in the pluperfect, or told before any date outside the article's opening (a
 * profile's background: no year of the publication), but not where a career's moves are ordered ({@link #complete}): a profile tells careers by
 * topic as often as in time ("Nair started as a researcher at Orbex" told before any date is no move of the
 * publication's year).
 * A leaving the sentence tells as the leaving end of a move ({@link Event.Leaving}: "left Orvane for Kelso Labs",
 * "came over from Orvane", "venue de Veltrix", "spent seven years at Orvane before setting up Solvane in 2023", a table
 * row's "Left" beside its "Joined") takes the date of the arrival the sentence tells of the same person, once that has
 * its date; on the timeline, one told as a leaving ("Julien Castel quitte Orvane après sept ans") with no arrival to
 * date it is at the story's time, as an arrival is. A past post told in passing ("former X" tells no date
 * of the leaving), a founding ("co-founder of X" in passing) and a delay
 * ("As of October 2025, X remains shelved" dates a state of affairs; `TriggerDates` dates delays) are never dated this
 * way, nor a table row's events (its facts are its own, not the story's).
 */
final class InferredDates {
    private static final Set<EventType> ARRIVALS = EnumSet.of(EventType.JOIN, EventType.APPOINTMENT);
    private static final Set<EventType> MOVES = EnumSet.of(EventType.JOIN, EventType.APPOINTMENT, EventType.DEPARTURE);
    /** The arrivals a leaving can be the other end of. */
    private static final Set<EventType> ENTRIES = EnumSet.of(EventType.JOIN, EventType.FOUNDING, EventType.APPOINTMENT);
    private static final Set<EventType> STORY = EnumSet.of(EventType.RELEASE, EventType.ACQUISITION,
            EventType.FUNDING, EventType.PARTNERSHIP, EventType.LEGAL, EventType.RESTRUCTURING);

    /**
     * A pluperfect in a sentence ("Il avait cofondé Silvane et avait dirigé l'entreprise", "she had run sales at X"): it
     * tells what came before the story's time, so an arrival it tells takes none.
     */
    private static final java.util.regex.Pattern PLUPERFECT = java.util.regex.Pattern.compile(
            "\\b(?:had|avait|avaient|hatte|hatten|había|habían)\\s+\\p{L}+",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private InferredDates() {
    }

    /**
     * The events with those left undated dated as the class says.
     *
     * @param toldBefore for each sentence (by its evidence), the last date the article told before it that sets the
     *                   story's time ({@code null} values: none yet); a sentence not in it (a table row) takes none
     * @param published  the publication day, or {@code null}
     */
    static List<Event> complete(List<Event> events, Map<Evidence, EventDate> toldBefore, LocalDate published) {
        return complete(events, toldBefore, published, false, sentence -> true);
    }

    /**
     * The events of {@link #complete}, with the arrivals still undated then at the story's time as well: the dates a
     * timeline shows (the moves are derived from {@link #complete}'s).
     */
    static List<Event> onTimeline(List<Event> events, Map<Evidence, EventDate> toldBefore, LocalDate published) {
        return onTimeline(events, toldBefore, published, sentence -> true);
    }

    /**
     * {@link #onTimeline}, where an arrival or leaving told before any date takes the publication's year only in the
     * article's {@code opening} (its lede: what is new); told later, before any date, it is a profile's background
     * ("At Orvane, as head of research, she rebuilt the lab" under a heading of achievements), of no year the article
     * gives: it stays undated.
     */
    static List<Event> onTimeline(List<Event> events, Map<Evidence, EventDate> toldBefore, LocalDate published,
                                  Predicate<Evidence> opening) {
        return complete(events, toldBefore, published, true, opening);
    }

    private static List<Event> complete(List<Event> events, Map<Evidence, EventDate> toldBefore, LocalDate published,
                                        boolean arrivalsInStory, Predicate<Evidence> opening) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            EventDate date = e.date() == null ? inferred(e, events, toldBefore, published, arrivalsInStory, opening) : null;
            out.add(date == null ? e : e.withDate(date));
        }
        // the leaving end of a move is at its arrival's date, once the arrivals have theirs; on the timeline, a leaving
        // told as such with no arrival to date it is at the story's time, as an arrival is
        List<Event> arrived = List.copyOf(out);
        out.replaceAll(e -> {
            if (e.date() != null || e.leaving() == Event.Leaving.PASSING) return e;
            EventDate date = arrival(e, arrived);
            if (date == null && arrivalsInStory && e.leaving() == Event.Leaving.TOLD && !personKeys(e).isEmpty()
                    && !beforeTheStory(e)) {
                date = careerTime(e.evidence(), toldBefore, published, opening);
            }
            return date == null ? e : e.withDate(date);
        });
        return out;
    }

    /**
     * The story's time at a sentence, marked inferred: the last date told before it, else before any date the
     * publication's year; {@code null} for a sentence outside the story (a table row).
     */
    private static EventDate storyTime(Evidence sentence, Map<Evidence, EventDate> toldBefore, LocalDate published) {
        EventDate told = toldBefore.get(sentence);
        if (told != null) return new EventDate(told.value(), "APPROX");
        if (toldBefore.containsKey(sentence) && published != null) return new EventDate(String.valueOf(published.getYear()), "APPROX");
        return null;
    }

    /**
     * The story's time for a career step (an arrival, a leaving told as such): the last date told before it, else the
     * publication's year only in the article's opening.
     */
    private static EventDate careerTime(Evidence sentence, Map<Evidence, EventDate> toldBefore, LocalDate published,
                                        Predicate<Evidence> opening) {
        if (toldBefore.get(sentence) == null && !opening.test(sentence)) return null;
        return storyTime(sentence, toldBefore, published);
    }

    /** Whether an event has no sentence, or one told in the pluperfect (before the story's time): it takes no story time. */
    private static boolean beforeTheStory(Event e) {
        return e.evidence() == null || PLUPERFECT.matcher(e.evidence().sentence()).find();
    }

    /**
     * The date of the arrival a leaving is the other end of: the same person's join, founding or new role at another
     * organization told in the same sentence ("Sarah Benali quitte Stratus et rejoint Mirage Labs", "Paul Ferrand, venu
     * de Dassault Systèmes, a été nommé directeur technique en février 2025"), a join or founding before a new role
     * (one can be named later than one arrives), the earliest of them; {@code null} when there is none, or when the
     * person leaves two places in the sentence (which of them was left then is not told: "worked at A and B before
     * joining C in 2022").
     */
    private static EventDate arrival(Event leaving, List<Event> events) {
        Set<String> people = personKeys(leaving);
        if (people.isEmpty() || leaving.evidence() == null) return null;
        long leavings = events.stream().filter(o -> o.type() == EventType.DEPARTURE && o.date() == null && o.leaving() != Event.Leaving.PASSING
                && leaving.evidence().equals(o.evidence()) && !Collections.disjoint(people, personKeys(o))).count();
        if (leavings > 1) return null;
        Set<String> left = organizationKeys(leaving);
        EventDate best = null;
        boolean bestEntry = false;
        for (Event o : events) {
            if (o.date() == null || !ENTRIES.contains(o.type()) || MoveDeriver.isPost(o) || !leaving.evidence().equals(o.evidence())
                    || Collections.disjoint(people, personKeys(o))) continue;
            Set<String> at = organizationKeys(o);
            if (at.isEmpty() || !Collections.disjoint(at, left)) continue;
            boolean entry = o.type() != EventType.APPOINTMENT;
            if (best == null || entry && !bestEntry || entry == bestEntry && o.date().start().isBefore(best.start())) {
                best = o.date();
                bestEntry = entry;
            }
        }
        return best;
    }

    private static Set<String> personKeys(Event e) {
        return e.participantKeys(t -> t == EntityType.Person);
    }

    private static Set<String> organizationKeys(Event e) {
        return e.participantKeys(EntityType::isOrganization);
    }

    private static EventDate inferred(Event e, List<Event> events, Map<Evidence, EventDate> toldBefore, LocalDate published,
                                      boolean arrivalsInStory, Predicate<Evidence> opening) {
        if (ARRIVALS.contains(e.type())) {
            EventDate move = sameMove(e, events);
            if (move == null) move = toldElsewhere(e, events);
            if (move == null && e.type() == EventType.APPOINTMENT && !beforeTheStory(e)) move = succession(e, events);
            if (move != null || !arrivalsInStory || beforeTheStory(e)) return move;
            return careerTime(e.evidence(), toldBefore, published, opening);
        } else if (!STORY.contains(e.type())) {
            return null;
        }
        return storyTime(e.evidence(), toldBefore, published);
    }

    /**
     * The date the article tells elsewhere for the same arrival: the one date of the same person's dated joins, foundings
     * and new roles at the same organization in other sentences ("He joined Veltrix in 2016 as chief scientist" beside "At
     * Veltrix, as chief scientist, he built ..." under a heading of achievements; "Intel: his tenure was brief
     * (2018–2020)" beside "At Intel, as senior vice president, he ..."), or {@code null} when there is none or they
     * tell two dates (a promotion is a new role at the same organization: which one this is the article does not say),
     * or when the person founded that organization (a founder's role there may come at the founding or years later).
     */
    private static EventDate toldElsewhere(Event e, List<Event> events) {
        Set<String> person = personKeys(e);
        Set<String> at = organizationKeys(e);
        if (person.size() != 1 || at.isEmpty() || e.evidence() == null) return null;
        Set<EventDate> told = new HashSet<>();
        for (Event o : events) {
            if (o.date() == null || !ENTRIES.contains(o.type()) || MoveDeriver.isPost(o) || e.evidence().equals(o.evidence())
                    || Collections.disjoint(at, organizationKeys(o))) continue;
            Set<String> whose = personKeys(o);
            // a founder's role at her own company may come at the founding or years after it ("devient présidente du
            // conseil"): the article does not say which; a founding's founders are several
            if (o.type() == EventType.FOUNDING) {
                if (whose.containsAll(person)) return null;
                continue;
            }
            if (person.equals(whose)) told.add(new EventDate(o.date().value(), null));
        }
        return theOne(told);
    }

    /**
     * The date of a succession: the one date of the leavings the sentence tells of other people at the same organization
     * ("Bruno Levasseur stepped down as chief executive of Veltrix in March; Claire Dubois succeeded him", "a démissionné
     * de la présidence de Veltrix en mars ; Claire Dubois lui succède"): the post is taken when it is left. {@code null}
     * when there is none or they tell two dates.
     */
    private static EventDate succession(Event e, List<Event> events) {
        Set<String> person = personKeys(e);
        Set<String> at = organizationKeys(e);
        if (person.isEmpty() || at.isEmpty() || e.evidence() == null) return null;
        Set<EventDate> left = new HashSet<>();
        for (Event o : events) {
            if (o.date() == null || o.type() != EventType.DEPARTURE || !e.evidence().equals(o.evidence())) continue;
            Set<String> leaver = personKeys(o);
            if (leaver.isEmpty() || !Collections.disjoint(leaver, person)
                    || Collections.disjoint(at, organizationKeys(o))) continue;
            left.add(o.date());
        }
        return theOne(left);
    }

    /** The one date of a set, or {@code null} when it is empty or holds two or more. */
    private static EventDate theOne(Set<EventDate> dates) {
        return dates.size() == 1 ? dates.iterator().next() : null;
    }

    /** The date of a dated join, new role or leaving of the same person told in the same sentence, or {@code null}. */
    private static EventDate sameMove(Event e, List<Event> events) {
        for (Event o : events) {
            if (o == e || o.date() == null || !MOVES.contains(o.type()) || !o.evidence().equals(e.evidence())) continue;
            boolean samePerson = o.participants().stream().anyMatch(p -> p.entity().type() == EntityType.Person
                    && e.participantKeys().contains(p.entity().key()));
            if (samePerson) return o.date();
        }
        return null;
    }
}
