package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.chronograph.extract.NearMentions.Near;
import org.chronograph.extract.time.TimeMention;

/**
 * Turns trigger words into events: for each trigger, picks the participants of the right types that
 * are closest to it in the dependency parse, and the date closest to it in the parse, then in characters (else the
 * paragraph's last date). Stateless and thread-safe.
 */
final class EventFinder {
    private static final int NEAR = 5;
    private static final int PERSON_NEAR = 4;
    /** Dependency edges from a founder noun to what was founded at most: "NVIDIA's co-founder", "fondateur d'Aleph Alpha". */
    private static final int FOUNDER_NEAR = 2;
    /** Dependency edges from a leaving verb to the organization left at most. */
    private static final int LEFT_NEAR = 4;
    /** Words from a join trigger to "from X" at most: "hired Jean-Luc Martin from Meta". */
    private static final int ORIGIN_NEAR = 6;
    /** Words from "departure" to its leaver at most: "the departure of his mentor and co-founder X". */
    private static final int LEAVER_NEAR = 9;

    private final Triggers triggers;

    EventFinder(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * What one sentence tells: its events, and the trigger words the language's rules found in it (read after the
     * sentence's verbs got their lemmas), which the event detector reads too.
     */
    record Told(List<Event> events, List<Triggers.Hit> hits, boolean postsLeft) {
        /** A sentence that tells nothing (a heading). */
        static final Told NOTHING = new Told(List.of(), List.of(), false);
    }

    /**
     * Events stated by one sentence, and its trigger words.
     *
     * @param times        dates found in the sentence (offsets relative to the sentence)
     * @param fallbackDate the paragraph's latest date before this sentence, or {@code null}
     */
    Told find(String lang, AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times,
                     EventDate fallbackDate, Evidence evidence, java.util.function.Function<Entity, EntityRef> makerOf,
                     EntityRef mainCompany) {
        return find(lang, s, mentions, times, fallbackDate, evidence, makerOf, mainCompany, false);
    }

    /**
     * As {@link #find(String, AnalyzedSentence, List, List, EventDate, Evidence, java.util.function.Function, EntityRef)};
     * with {@code postsLater}, the rules that state present posts only ({@link EventRules.Rule#statesPostsOnly}) are
     * left for {@link #posts} to read when the article shows a post can matter, and {@link Told#postsLeft} says
     * whether one could have matched here. A present post tells nothing of its own sentence but whether its
     * appointment stands beside a departure of the same keys ({@link #prune}): a sentence with a departure has its
     * posts read now.
     */
    Told find(String lang, AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times,
                     EventDate fallbackDate, Evidence evidence, java.util.function.Function<Entity, EntityRef> makerOf,
                     EntityRef mainCompany, boolean postsLater) {
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, Integer> distances = new java.util.HashMap<>();
        // the departures told by "former X" in passing, which no other date of the sentence dates
        Set<String> former = new java.util.HashSet<>();
        // the events told by a trigger word (not a rule)
        Set<String> byTrigger = new java.util.HashSet<>();
        if (s.headingLike()) return Told.NOTHING;
        for (Event e : catalogueEntry(s, mentions, times, makerOf)) {
            events.put("catalogue" + e.participants().get(e.participants().size() - 1).entity().key(), new Event(e.type(), e.date(), e.participants(), evidence, 0.6));
        }
        ContextCues cues = ContextCues.bundled(lang);
        VerbLemmas lemmas = VerbLemmas.bundled(lang);
        if (lemmas != null) lemmas.annotate(s.tokens());
        // the events the language's Semgrex rules read off the parse come first; trigger words blocked by a rule go
        List<Triggers.Hit> hits = triggers.find(lang, s);
        // only the rules whose match could tell something here: an event with these mentions, a block or a role for these trigger words
        java.util.Set<EventType> hitTypes = java.util.EnumSet.noneOf(EventType.class);
        java.util.Set<EventType> roleTypes = java.util.EnumSet.noneOf(EventType.class);
        for (Triggers.Hit hit : hits) {
            // a trigger word read no further below (inside a name, or stating no event) needs no block and no role
            if (!readOn(lang, s, mentions, hit)) continue;
            hitTypes.add(hit.type());
            if (asksRoles(hit, mentions)) roleTypes.add(hit.type());
        }
        boolean dated = !times.isEmpty();
        Predicate<EventRules.Rule> worth = rule -> rule.canGive(hitTypes, roleTypes, mentions, dated);
        boolean postsLeft = postsLater && EventRules.bundled(lang).rules().stream()
                .anyMatch(r -> r.statesPostsOnly() && worth.test(r) && r.gate().admits(s.tokens(), !hits.isEmpty()));
        List<EventRules.Match> matches = EventRules.bundled(lang).matches(s, !hits.isEmpty(),
                postsLater ? worth.and(r -> !r.statesPostsOnly()) : worth);
        putRuleEvents(RuleEvents.events(lang, matches, s, mentions, times, fallbackDate, evidence), events, distances);
        int relativeOpening = RelativeClauses.opening(s, mentions);
        for (Triggers.Hit hit : hits) {
            int trigger = s.tokenAt(s.begin() + hit.start());
            if (!readOn(lang, s, mentions, hit)) continue;
            if (EventRules.blocked(matches, hit.type(), trigger, s.tokenAt(s.begin() + hit.end() - 1))) continue;
            // "Before joining X, ...": only the clause's own dates; the paragraph's date only when no date was set aside
            boolean timeClause = TriggerReading.opensTimeClause(lang, s, hit);
            // "She was replaced by Tom Ray, who had joined Acme": what a relative clause of a person names is not the main clause's
            EntityMention clauseOwner = RelativeClauses.owner(s, mentions, relativeOpening, trigger);
            List<EntityMention> seen = RelativeClauses.seenFrom(s, mentions, relativeOpening, clauseOwner);
            for (Candidate c : perListedObject(participants(lang, cues, hit, s, seen, trigger, makerOf, mainCompany, matches),
                    s, mentions, times)) {
                // "par Hugo Lambert, qui avait rejoint Valeo": a relative clause of a named person tells of that person
                List<Participant> participants = RelativeClauses.ownPeople(s, mentions, clauseOwner, c.participants());
                if (participants == null) continue;
                TriggerDates.Chosen chosen = TriggerDates.choose(lang, c.type(), hit.is("founder"), timeClause, s, trigger, hit,
                        participants, mentions, times, fallbackDate);
                EventDate date = chosen.date();
                int dateDistance = chosen.distance();
                // one sentence can tell two appointments of one person, each with its date ("appointed X in 2021, and
                // by 2023 served as Y"); other events told twice in a sentence are one ("unveiled in December, rolled out in April")
                String key = c.type() + participants.stream().map(p -> p.entity().key()).sorted().toList().toString()
                        + (c.type() == EventType.APPOINTMENT && date != null ? date.value() : "");
                double confidence = 0.55 + (date != null ? 0.1 : 0) + (participants.size() > 1 ? 0.15 : 0);
                // "former executive at Google" says that one left, not when: the sentence's date is its main verb's
                // unless a span of years follows the organization ("previously at Arm (2017-2022)": TenureSpans)
                // a date hung on the trigger's own word is its own: "Sophie Marin, venue de Capgemini en 2023"
                EventDate when = c.type() == EventType.DEPARTURE && hit.is("former")
                        ? ownOrSpan(lang, s, participants, mentions, times, chosen) : date;
                // a leaving told by a verb ("left X", "came over from X", "hired Y away from X"), or where one came from
                // ("venue de X", kind origin), is the leaving end of the move its sentence tells, else at the story's
                // time; one told by a noun ("his departure", "defectors from X") may look back to an older one, so only
                // the arrival its sentence tells dates it; a past post ("former X") is neither (see also the end)
                Event.Leaving leaving = c.type() != EventType.DEPARTURE || hit.is("former") && !hit.is("origin") ? Event.Leaving.PASSING
                        : hit.is("origin") || verbal(s, hit) ? Event.Leaving.TOLD : Event.Leaving.MOVE_END;
                Event event = new Event(c.type(), when, participants, evidence, Math.round(confidence * 100) / 100.0, leaving);
                // two triggers for one event: the date nearer its trigger wins, but a release told with two dates
                // ("teased in December, rolled out in April") is out at the later one
                Integer known = distances.get(key);
                Event before = events.get(key);
                int laterThanBefore = c.type() == EventType.RELEASE && before != null && before.date() != null && date != null
                        ? date.start().compareTo(before.date().start()) : 0;
                // at the same distance a dated telling wins over an undated one ("unicorn status with a valuation")
                boolean datedOverUndated = known != null && dateDistance == known && when != null && before != null
                        && before.date() == null;
                if (known == null || laterThanBefore > 0 || laterThanBefore == 0 && dateDistance < known || datedOverUndated) {
                    events.put(key, event);
                    distances.put(key, dateDistance);
                    if (c.type() == EventType.DEPARTURE && hit.is("former")) former.add(key);
                    else former.remove(key);
                    byTrigger.add(key);
                }
            }
        }
        if (postsLeft && events.values().stream().anyMatch(e -> e.type() == EventType.DEPARTURE)) {
            return find(lang, s, mentions, times, fallbackDate, evidence, makerOf, mainCompany, false);
        }
        // "founded in 2021 by A, who left X to start it": the leaving takes the founding's date (LeavingToFound)
        for (Map.Entry<String, Event> told : events.entrySet()) {
            Event e = told.getValue();
            // a leaving word's organization described as a past post ("formerly head of devices at Marlo, was hired
            // ..."): a past post, no leaving end of the move
            if (e.leaving() == Event.Leaving.TOLD && byTrigger.contains(told.getKey()) && describedAsFormer(s, e, mentions, hits)) {
                told.setValue(e = e.told(Event.Leaving.PASSING));
            }
            if (e.type() != EventType.DEPARTURE || e.date() != null || former.contains(told.getKey())
                    || describedAsFormer(s, e, mentions, hits)) continue;
            EventDate founded = LeavingToFound.date(e, events.values());
            if (founded != null) told.setValue(e.withDate(founded));
        }
        return new Told(prune(new ArrayList<>(events.values())), hits, postsLeft);
    }

    /**
     * The present posts a sentence's post rules tell (those {@link #find} left with {@code postsLater}): the same events,
     * in the same order, that it would have told among the others.
     */
    static List<Event> posts(String lang, AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times,
                             EventDate fallbackDate, Evidence evidence) {
        boolean dated = !times.isEmpty();
        // a post rule states an event: its gate asks for no trigger word, and its worth for no block or role
        List<EventRules.Match> matches = EventRules.bundled(lang).matches(s, true,
                rule -> rule.statesPostsOnly() && rule.canGive(Set.of(), Set.of(), mentions, dated));
        Map<String, Event> events = new LinkedHashMap<>();
        putRuleEvents(RuleEvents.events(lang, matches, s, mentions, times, fallbackDate, evidence), events, new java.util.HashMap<>());
        return prune(new ArrayList<>(events.values()));
    }

    /** Adds the rules' events by key (type, participants; an appointment's date; a post), the nearer-dated of two kept. */
    private static void putRuleEvents(List<RuleEvents.Found> found, Map<String, Event> events, Map<String, Integer> distances) {
        for (RuleEvents.Found f : found) {
            String key = f.event().type() + f.event().participants().stream().map(p -> p.entity().key()).sorted().toList().toString()
                    + (f.event().type() == EventType.APPOINTMENT && f.event().date() != null ? f.event().date().value() : "")
                    + (MoveDeriver.isPost(f.event()) ? MoveDeriver.POST : "");
            Integer known = distances.get(key);
            if (known == null || f.dateDistance() < known) {
                events.put(key, f.event());
                distances.put(key, f.dateDistance());
            }
        }
    }

    /**
     * The date of a "former" leaving: the end of a span of years after its organization ("previously at Arm
     * (2017-2022)"), else a date the parse hangs on the trigger's own word ("Sophie Marin, venue de Capgemini en 2023",
     * "who came from Atos in 2023"), not one of the clause it sits in ("Ana Costa, venue de Thales, a été nommée PDG
     * en 2024" says when she was named, not when she left).
     */
    private static EventDate ownOrSpan(String lang, AnalyzedSentence s, List<Participant> participants,
                                       List<EntityMention> mentions, List<TimeMention> times, TriggerDates.Chosen chosen) {
        EventDate span = TenureSpans.end(lang, s, participants, mentions, times);
        if (span != null || s.deps() == null) return span;
        return chosen.date() != null && chosen.edges() < 2 ? chosen.date() : null;
    }

    /** Whether a trigger's words hold a verb ("left", "a été remerciée"), not only a noun ("son départ", "defectors"). */
    private static boolean verbal(AnalyzedSentence s, Triggers.Hit hit) {
        int first = s.tokenAt(s.begin() + hit.start());
        int last = s.tokenAt(s.begin() + hit.end() - 1);
        for (int k = Math.max(0, first); k >= 0 && k <= last && k < s.tokens().size(); k++) {
            if (PosTags.verbOrAuxiliary(s.tokens().get(k).tag())) return true;
        }
        return false;
    }

    /** How many words a "former" may stand before the organization it describes ("two former engineers at X"). */
    private static final int FORMER_REACH = 6;

    /**
     * Whether a "former" or "ancien" word stands just before the organization a departure left ("a former researcher at
     * DeepMind", "deux anciens chercheurs du CNRS"): that leaving is told in passing, with no date.
     */
    private static boolean describedAsFormer(AnalyzedSentence s, Event e, List<EntityMention> mentions, List<Triggers.Hit> hits) {
        Set<String> left = e.participantKeys();
        for (Triggers.Hit hit : hits) {
            if (hit.type() != EventType.DEPARTURE || !hit.is("former") || hit.is("origin")) continue;
            int word = s.tokenAt(s.begin() + hit.start());
            for (EntityMention m : mentions) {
                if (m.type().isOrganization() && left.contains(m.entity().key()) && m.from() >= word
                        && m.from() - word <= FORMER_REACH) return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #participants} asks the role rules about the mentions around this trigger word: for an
     * announcement's release (what it announces), a founding, a leaving, an acquisition, a funding.
     */
    private static boolean asksRoles(Triggers.Hit hit, List<EntityMention> mentions) {
        return switch (hit.type()) {
            // what an announcement releases: the products it is said of
            case RELEASE, DELAY -> hit.is("announce") && mentions.stream().anyMatch(EventFinder::product);
            // what is founded, who buys and what is bought: organizations (and products, bought)
            case FOUNDING -> mentions.stream().anyMatch(m -> m.type().isOrganization());
            case ACQUISITION -> mentions.stream().anyMatch(m -> m.type().isOrganization() || product(m));
            // who raises, of two organizations named or more (of one, it raises whatever the parse says)
            case FUNDING -> mentions.stream().filter(m -> m.type().isOrganization()).count() > 1;
            // who left, of two people named or more (of one, that one; "former X" asks no one's role)
            case DEPARTURE -> !hit.is("former") && mentions.stream().filter(m -> m.type() == EntityType.Person).count() > 1;
            default -> false;
        };
    }

    private static boolean product(EntityMention m) {
        return m.type() == EntityType.Model || m.type() == EntityType.Product;
    }

    /**
     * Whether the trigger word is read on for its participants: it lies outside the sentence's names (a prefix
     * cue may lie inside one) and states an event here. Reads no parse.
     */
    private static boolean readOn(String lang, AnalyzedSentence s, List<EntityMention> mentions, Triggers.Hit hit) {
        int trigger = s.tokenAt(s.begin() + hit.start());
        if (trigger < 0 || (insideMention(mentions, trigger) && !hit.is("prefix"))) return false;
        return TriggerReading.statesAnEvent(lang, s, hit);
    }

    /**
     * Drops events another event of the sentence already covers: the same type with a superset of
     * participants, and a release of what the sentence says was delayed ("delaying Behemoth's release").
     */
    private static List<Event> prune(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Set<String> keys = e.participantKeys();
            boolean covered = events.stream().anyMatch(o -> o != e && o.type() == e.type() && MoveDeriver.isPost(o) == MoveDeriver.isPost(e)
                    && o.participantKeys().containsAll(keys)
                    && o.participantKeys().size() > keys.size());
            boolean delayed = e.type() == EventType.RELEASE && events.stream().anyMatch(o -> o.type() == EventType.DELAY
                    && o.participantKeys().containsAll(productKeys(e)));
            // "stepped down as chief technology officer": a role left is not a role taken
            boolean leftRole = e.type() == EventType.APPOINTMENT && events.stream().anyMatch(o -> o.type() == EventType.DEPARTURE
                    && o.participantKeys().equals(keys))
                    && events.stream().noneMatch(o -> o.type() == EventType.JOIN && o.participantKeys().equals(keys));
            if (!covered && !delayed && !leftRole) out.add(e);
        }
        return out;
    }

    private static Set<String> productKeys(Event e) {
        Set<String> keys = new java.util.HashSet<>();
        for (Participant p : e.participants()) {
            if (p.role().equals("product")) keys.add(p.entity().key());
        }
        return keys;
    }

    /** What may follow a catalogue entry's names before its date: "(" (or "-LRB-"), ":" or ",". */
    private static boolean opensAnAside(String word) {
        return Parentheses.opens(word) || word.equals(":") || word.equals(",");
    }

    /**
     * A list line that opens with a model or product name and gives a date right after it
     * ("Hunyuan-T1 (reasoning model, March 2025): ...") states a release, with no trigger word; its maker is the
     * family's known maker, else the article's company.
     */
    private static List<Event> catalogueEntry(AnalyzedSentence s, List<EntityMention> mentions, List<TimeMention> times,
                                              java.util.function.Function<Entity, EntityRef> makerOf) {
        List<EntityMention> opening = mentions.stream().filter(m -> m.from() <= 1).toList();
        if (opening.isEmpty()) return List.of();
        List<EntityMention> products = new ArrayList<>();
        int last = 0;
        for (EntityMention m : mentions.stream().sorted(Comparator.comparingInt(EntityMention::from)).toList()) {
            boolean isProduct = m.type() == EntityType.Model || m.type() == EntityType.Product;
            if (!isProduct || m.from() - last > 3) break;
            products.add(m);
            last = m.to();
        }
        if (products.isEmpty() || last >= s.tokens().size() || !opensAnAside(s.tokens().get(last).word())) {
            return List.of();
        }
        int parenEnd = s.tokens().get(Math.min(s.tokens().size() - 1, last + 12)).endPosition() - s.begin();
        TimeMention date = times.stream().filter(t -> t.date() != null && t.start() < parenEnd).findFirst().orElse(null);
        if (date == null) return List.of();
        List<Event> out = new ArrayList<>();
        for (EntityMention m : products) {
            EntityRef maker = makerOf.apply(m.entity());
            out.add(new Event(EventType.RELEASE, date.date(), list(maker == null ? null : new Participant(maker, "maker"),
                    new Participant(m.entity().ref(), "product")), null, 0.6));
        }
        return out;
    }

    /** No word before the trigger in its sentence ("Fondée en 2021 par ...", "- **Founded by** ..."). */
    private static boolean opensSentence(AnalyzedSentence s, Triggers.Hit hit) {
        int first = s.tokenAt(s.begin() + hit.start());
        for (int i = 0; i < first; i++) {
            if (s.tokens().get(i).word().matches(".*[\\p{L}\\p{N}].*")) return false;
        }
        return first >= 0;
    }

    private static boolean insideMention(List<EntityMention> mentions, int token) {
        return mentions.stream().anyMatch(m -> token >= m.from() && token < m.to());
    }

    /** One participant list per event this trigger states (several for "released X and Y"). */
    private List<Candidate> participants(String lang, ContextCues cues, Triggers.Hit hit, AnalyzedSentence s, List<EntityMention> mentions, int trigger,
                                         java.util.function.Function<Entity, EntityRef> makerOf, EntityRef mainCompany,
                                         List<EventRules.Match> matches) {
        // the roles the language's Semgrex role rules read off the parse ("buyer", "subject", "object")
        java.util.function.BiFunction<EventType, EntityMention, String> role = (t, m) -> EventRules.roleOf(matches, t, trigger, m);
        // each entity at its mention nearest the trigger in the parse; the parse is read only when an entity is asked for
        NearMentions near = new NearMentions(s, trigger, mentions);
        // "a indiqué X au journal Les Échos", "selon le quotidien Le Monde": a medium named as the source takes no part
        Predicate<Near> org = n -> n.mention().type().isOrganization() && !cues.at("SOURCE", s, n.mention().from());
        Predicate<Near> notOrigin = n -> !cues.at("ORIGIN", s, n.mention().from());
        Predicate<Near> product = n -> n.mention().type() == EntityType.Model || n.mention().type() == EntityType.Product;
        Predicate<Near> person = n -> n.mention().type() == EntityType.Person;
        // a parenthesis is a separate statement: "joined rivals like X (co-founded by A and B)" says nothing of A joining
        Predicate<Near> samePerson = person.and(n -> s.parenthesisDepth(n.mention().from()) == s.parenthesisDepth(trigger));
        List<Candidate> out = new ArrayList<>();
        EventType type = hit.type();
        switch (hit.type()) {
            case RELEASE, DELAY -> {
                // the maker is read (and the parse made for it) only for a product released
                java.util.function.Supplier<Participant> maker = memo(() -> first(near, org, NEAR, "maker"));
                // a release often names several products; a delay rarely does: the nearest one, or those close by
                // "the next step after Llama 3", "faster than GPT-4": a product named to compare is not the one released
                // "est arrivée sur l'App Store": the store or platform a product comes out on is not what comes out
                Predicate<Near> released = product.and(n -> !cues.at("COMPARED", s, n.mention().from())
                        && !cues.at("CHANNEL", s, n.mention().from()));
                // "announced a partnership, under which Lyra will run": an announcement releases only what it announces
                if (hit.is("announce")) {
                    released = released.and(n -> "object".equals(role.apply(type, n.mention())));
                }
                List<Near> products = type == EventType.DELAY ? within(near, released, 3, 2) : within(near, released, NEAR, 4);
                if (products.isEmpty() && type == EventType.DELAY) products = within(near, released, NEAR, 1);
                for (Near p : products) {
                    // "the Yi series (e.g., Yi-34B) was released": the example is part of its family's release
                    if (products.stream().anyMatch(o -> o != p && exampleOf(cues, s, p.mention(), o.mention()))) continue;
                    Participant by = maker.get();
                    if (by == null) {
                        // the sentence names no maker: the gazetteer's maker of the family, else the article's main company
                        EntityRef known = makerOf.apply(p.mention().entity());
                        by = known == null ? null : new Participant(known, "maker");
                    }
                    List<Participant> ps = list(by, new Participant(p.mention().entity().ref(), "product"));
                    for (Near o : products) {
                        if (o != p && exampleOf(cues, s, o.mention(), p.mention())) ps.add(new Participant(o.mention().entity().ref(), "product"));
                    }
                    out.add(new Candidate(type, ps));
                }
                // "he launched High-Flyer", "a lancé Encode Justice": launching an organization founds it
                // (only asked when it can found something: no product released, someone named, an organization after the verb)
                // ("Orbit a été lancée par deux anciens d'Acme": the passive's subject is launched, not where its founders came from)
                // ("Lancée en 2019 par Ana Costa, Orbit ...": a participle opening the sentence describes the name after it)
                boolean launchedPassive = (TriggerReading.agentFollows(lang, s, hit) || TriggerReading.passive(lang, s, hit))
                        && !opensSentence(s, hit);
                Predicate<Near> launchable = launchedPassive ? org.and(n -> n.offset() < 0) : org.and(notOrigin).and(n -> n.offset() > 0);
                boolean mayFound = products.isEmpty() && type == EventType.RELEASE && near.any(person) && near.any(launchable);
                Near launched = !mayFound ? null
                        : near.matching(launchable).stream().filter(n -> n.distance() <= 2).findFirst().orElse(null);
                if (products.isEmpty() && type == EventType.RELEASE && launched != null) {
                    List<Participant> ps = new ArrayList<>();
                    for (Near p : within(near, person, PERSON_NEAR, 3)) ps.add(new Participant(p.mention().entity().ref(), "founder"));
                    if (!ps.isEmpty()) {
                        ps.add(new Participant(launched.mention().entity().ref(), "founded"));
                        out.add(new Candidate(EventType.FOUNDING, ps));
                    }
                }
            }
            case FOUNDING -> {
                // "X was founded in 2022 by A", "X, founded by A": what is founded is named before the trigger
                // ("Fondée en 2021 par Ana Costa, Orbit ...": a participle opening the sentence describes the name after it)
                boolean passive = (TriggerReading.agentFollows(lang, s, hit) || TriggerReading.passive(lang, s, hit))
                        && !opensSentence(s, hit);
                Predicate<Near> foundable = (passive ? org.and(n -> n.offset() < 0) : org.and(notOrigin))
                        .and(n -> !cues.at("COMPARED", s, n.mention().from()));
                // "Dell founded Veridian": the parse's object is what is founded, ahead of a name as near on the other side
                Participant founded = near.matching(foundable).stream().filter(n -> n.distance() <= NEAR + 1)
                        .filter(n -> "object".equals(role.apply(type, n.mention()))).findFirst()
                        .map(n -> new Participant(n.mention().entity().ref(), "founded"))
                        .orElseGet(() -> first(near, foundable, hit.is("founder") ? FOUNDER_NEAR : NEAR + 1, "founded"));
                // "replaces co-founder Marcus Dell": a founder noun with no organization of its own is of the article's company
                if (founded == null && hit.is("founder") && mainCompany != null) founded = new Participant(mainCompany, "founded");
                if (founded == null) break;
                List<Near> founders = within(near, person, NEAR + 1, 4);
                // "Jonas Andrulis, fondateur d'Aleph Alpha, ...; il a été remplacé par Ilhan Scheer": the noun describes
                // the one it stands next to (and those joined to that one by "and"), not everyone near
                if (hit.is("founder") && !founders.isEmpty()) {
                    Set<EntityMention> chain = Grammar.chain(s, mentions, founders.get(0).mention());
                    founders = founders.stream().filter(p -> chain.contains(p.mention())).toList();
                }
                List<Participant> ps = new ArrayList<>();
                for (Near p : founders) ps.add(new Participant(p.mention().entity().ref(), "founder"));
                ps.add(founded);
                out.add(new Candidate(type, ps));
            }
            case JOIN, APPOINTMENT -> {
                EntityMention origin = hit.type() == EventType.JOIN ? origin(cues, s, mentions, trigger) : null;
                // "Meta hired X", "Chen recruited X from Google": the one hired is named after the verb, the hirer
                // (the organization, or someone of it) before
                boolean hiring = hit.type() == EventType.JOIN && hit.is("hiring")
                        && !TriggerReading.passive(lang, s, hit) && !TriggerReading.agentFollows(lang, s, hit) // "X, recruté par Y"
                        && near.any(n -> n.offset() < 0 && (org.test(n) || person.test(n))); // not "Recruited from X, Y ..."
                Predicate<Near> destination = hiring ? org.and(notOrigin).and(n -> n.offset() < 0) : org.and(notOrigin);
                Predicate<Near> joiner = hiring ? samePerson.and(n -> n.offset() > 0) : samePerson;
                // who joins first: where to is read (and the parse made for it) only when someone does
                List<Near> joiners = within(near, joiner, PERSON_NEAR, 3);
                Participant organization = joiners.isEmpty() ? null : first(near, destination, NEAR + 1, "organization");
                // "Its head, Wen Hao, joined from Qualcomm", "Julie Morel, passée par Acme, est recrutée comme directrice":
                // a hire, or a join from somewhere, that names no destination is at the article's company (unless
                // that is where the person came from)
                if (organization == null && !joiners.isEmpty() && mainCompany != null && hit.type() == EventType.JOIN
                        && (origin != null || hit.is("hiring"))
                        && near.matching(org).stream().noneMatch(n -> n.mention().entity().key().equals(mainCompany.key()))) {
                    organization = new Participant(mainCompany, "organization");
                }
                // "former Chief Scientist at OpenAI": a post held where one came from is a past one, no appointment
                // (a post one is hired "as", "comme", is a new one: "passé par Airbus, est recruté comme directeur")
                boolean takenAs = s.tokens().get(trigger).word().matches("(?i)as|comme")
                        || trigger > 0 && s.tokens().get(trigger - 1).word().matches("(?i)as|comme");
                if (organization == null && hit.type() == EventType.APPOINTMENT && !joiners.isEmpty() && !takenAs
                        && first(near, org.and(notOrigin.negate()), NEAR + 1, "organization") != null) {
                    break;
                }
                for (Near p : joiners) {
                    Participant who = new Participant(p.mention().entity().ref(), "person");
                    if (organization != null || origin == null) out.add(new Candidate(type, list(who, organization)));
                    if (origin != null) out.add(new Candidate(EventType.DEPARTURE, list(who, new Participant(origin.entity().ref(), "organization"))));
                }
            }
            case DEPARTURE -> {
                boolean weak = hit.is("former");
                // "departing to found or join rivals like Mistral AI", "left Google for OpenAI": where one goes is not what one left
                // what is left is close to the leaving verb: "Okafor, who ran product at Shopify, replaces Dell, who stepped down"
                // says nothing of Dell and Shopify (five edges apart)
                Participant left = weak ? adjacentOrg(s, mentions, trigger) : first(near, org.and(n -> !cues.at("DESTINATION", s, n.mention().from())), LEFT_NEAR, "organization");
                if (left == null && weak) break;
                List<Near> people = within(near, weak ? person : samePerson, weak ? NEAR + 1 : PERSON_NEAR, 3);
                // "following the departure of her mentor X, Y was promoted": the one who leaves is X, not Y
                Near leaver = leaverNamed(hit, s, near, trigger);
                // "a pris sa retraite de Kestrel", "son départ d'Orbit": an organization right after the noun is what is
                // left, and the one who leaves is read as for any leaving word
                if (leaver != null || hit.is("leaver-after") && !organizationFollows(s, mentions, hit)) {
                    people = leaver == null ? List.of() : List.of(leaver);
                }
                // "Camille Arnaud, a former researcher at X, and Tomasz Wilk": the description is of the one it is
                // next to and of those joined to that one by "and" ("A and B, both former X researchers"), not of all
                if (weak && !people.isEmpty()) {
                    // "Camille Roux, ancienne de Doctolib, et Youssef Benali, passé par Owkin": an apposition describes
                    // the name right before its comma
                    EntityMention described = describedBefore(s, mentions, trigger);
                    if (described != null) {
                        people = people.stream().filter(p -> p.mention().equals(described)).toList();
                        if (people.isEmpty()) people = near.matching(person).stream().filter(p -> p.mention().equals(described)).limit(1).toList();
                    }
                }
                if (weak && !people.isEmpty()) {
                    Set<EntityMention> chain = Grammar.chain(s, mentions, people.get(0).mention());
                    people = people.stream().filter(p -> chain.contains(p.mention())).toList();
                }
                // "Okafor replaces co-founder Marcus Dell, who stepped down in April": the parse's subject of the
                // leaving verb, when it names people, is who left; others near it did not
                Set<EntityMention> subjects = weak || leaver != null ? Set.of() : subjects(s, mentions, type, EntityType.Person, role);
                if (!subjects.isEmpty()) people = people.stream().filter(p -> subjects.contains(p.mention())).toList();
                // "former executive at Google and Microsoft": left both
                List<Participant> lefts = weak ? coordinated(s, mentions, left) : java.util.Arrays.asList(left);
                for (Near p : people) {
                    for (Participant l : lefts) out.add(new Candidate(type, list(new Participant(p.mention().entity().ref(), "person"), l)));
                }
                // "l'entreprise a licencié 120 salariés": a dismissal of no one named is a layoff, a restructuring
                if (people.isEmpty() && left != null && !weak && !hit.is("layoff")) out.add(new Candidate(type, list(left)));
                // "only three remained, with 11 departing over two years": people left the article's company
                if (people.isEmpty() && left == null && !weak && !hit.is("leaver-after") && mainCompany != null
                        && !hit.is("dismissal")) {
                    out.add(new Candidate(type, list(new Participant(mainCompany, "organization"))));
                }
            }
            case ACQUISITION -> {
                List<Near> orgs = within(near, org.or(product), NEAR + 1, 2);
                if (orgs.isEmpty()) break;
                // the parse says who buys ("Google acquired X", "X, which Google acquired", "X was acquired by
                // Google", "Google's acquisition of X", "le rachat de X par Google"); else the agent after "by", else
                // the first named
                List<Near> inOrder = orgs.stream().sorted(Comparator.comparingInt(n -> n.mention().from())).toList();
                Near buyer = inOrder.stream().filter(n -> "buyer".equals(role.apply(type, n.mention()))).findFirst()
                        .or(() -> inOrder.stream().filter(n -> n.offset() > 0 && Grammar.agentOf(s, n.mention())).findFirst())
                        .or(() -> inOrder.stream().filter(n -> !"acquired".equals(role.apply(type, n.mention()))).findFirst())
                        .orElse(null);
                List<Participant> ps = new ArrayList<>();
                if (buyer != null) ps.add(new Participant(buyer.mention().entity().ref(), "buyer"));
                for (Near n : inOrder) {
                    if (n != buyer) ps.add(new Participant(n.mention().entity().ref(), "acquired"));
                }
                out.add(new Candidate(type, ps));
            }
            case FUNDING -> {
                List<Near> orgs = within(near, org, NEAR + 1, 4);
                if (orgs.isEmpty()) break;
                // "Poolside, qui a levé 500 millions auprès de Nvidia": the one that raises is the subject, if the parse says
                Set<EntityMention> raisers = new java.util.HashSet<>();
                raisers.addAll(subjects(s, mentions, type, EntityType.Company, role));
                raisers.addAll(subjects(s, mentions, type, EntityType.Organization, role));
                Near raiser = orgs.stream().filter(n -> raisers.contains(n.mention())).findFirst().orElse(orgs.get(0));
                List<Participant> ps = new ArrayList<>();
                ps.add(new Participant(raiser.mention().entity().ref(), "funded"));
                for (Near n : orgs) {
                    if (n != raiser) ps.add(new Participant(n.mention().entity().ref(), "investor"));
                }
                out.add(new Candidate(type, ps));
            }
            case RESTRUCTURING -> {
                // who restructures is named before the trigger or in its clause ("X restructured Y"; "This pivot
                // included restructuring in 2024, ..., denying rumors of selling teams to Z" says nothing of Z);
                // a restructuring that names no one is the article's company's
                int clauseEnd = clauseEnd(s, hit);
                List<Near> parties = within(near, org.and(n -> n.offset() < 0 || n.mention().from() < clauseEnd), NEAR + 1, 4);
                // "Orbital Labs bought Sonara, and a month later it cut 40 jobs": where the parse makes one of them the
                // trigger's subject, the subject restructures, not the company its sentence bought or named in passing
                // (the trigger's sentence is parsed whenever this is asked, in every run)
                if (parties.size() > 1) {
                    List<Near> own = parties.stream().filter(n -> subjectOf(s, trigger, n.mention())).toList();
                    if (!own.isEmpty()) parties = own;
                }
                List<Participant> ps = new ArrayList<>();
                for (Near n : parties) ps.add(new Participant(n.mention().entity().ref(), "party"));
                if (ps.isEmpty() && mainCompany != null) ps.add(new Participant(mainCompany, "party"));
                if (!ps.isEmpty()) out.add(new Candidate(type, ps));
            }
            case PARTNERSHIP, LEGAL -> {
                // a legal action's parties are named before its trigger or in its clause: "la CNIL a ouvert une enquête
                // sur la société Poolside, qui a levé 500 millions auprès de Nvidia" says nothing against Nvidia
                int clauseEnd = clauseEnd(s, hit);
                Predicate<Near> party = switch (hit.type()) {
                    case PARTNERSHIP -> within(near, org, NEAR + 1, 4).size() >= 2 ? org : org.or(product);
                    default -> org.or(product).or(person).and(n -> n.offset() < 0 || n.mention().from() < clauseEnd);
                };
                List<Near> parties = within(near, party, NEAR + 1, 4);
                if (parties.isEmpty()) break;
                List<Participant> ps = new ArrayList<>();
                for (Near n : parties) ps.add(new Participant(n.mention().entity().ref(), "party"));
                out.add(new Candidate(type, ps));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;—–]| - ");

    /** Whether one of a mention's tokens is the parse's subject of the trigger token (an active subject: nsubj). */
    private static boolean subjectOf(AnalyzedSentence s, int trigger, EntityMention m) {
        for (int t = m.from(); t < m.to(); t++) {
            if ("nsubj".equals(s.relation(trigger, t))) return true;
        }
        return false;
    }

    /** The first token after the trigger's clause: at the next comma, semicolon or dash, else past the sentence. */
    private static int clauseEnd(AnalyzedSentence s, Triggers.Hit hit) {
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(s.text());
        if (!m.find(hit.end())) return Integer.MAX_VALUE;
        int token = s.tokenAt(s.begin() + m.start());
        return token < 0 ? Integer.MAX_VALUE : token;
    }

    /** Whether the word right after the trigger opens an organization's name ("le départ de [Kestrel]"). */
    private static boolean organizationFollows(AnalyzedSentence s, List<EntityMention> mentions, Triggers.Hit hit) {
        int last = s.tokenAt(s.begin() + hit.end() - 1);
        return last >= 0 && mentions.stream().anyMatch(m -> m.from() == last + 1 && m.type().isOrganization());
    }

    /** The person named after "the departure of" in its clause ("of her mentor X", "de son mentor X"). */
    private static Near leaverNamed(Triggers.Hit hit, AnalyzedSentence s, NearMentions near, int trigger) {
        if (!hit.is("leaver-after")) return null;
        int comma = s.text().indexOf(',', hit.end());
        int clauseEnd = comma < 0 ? Integer.MAX_VALUE : s.tokenAt(s.begin() + comma);
        return near.matching(n -> n.mention().type() == EntityType.Person).stream()
                .filter(n -> n.offset() > 0 && n.offset() <= LEAVER_NEAR && (clauseEnd < 0 || n.mention().from() < clauseEnd))
                .min(Comparator.comparingInt(Near::offset)).orElse(null);
    }

    /** The mentions of an entity type a role rule makes the trigger's subject, with those joined to them by "and". */
    private static Set<EntityMention> subjects(AnalyzedSentence s, List<EntityMention> mentions, EventType type, EntityType of,
                                               java.util.function.BiFunction<EventType, EntityMention, String> role) {
        Set<EntityMention> out = new java.util.LinkedHashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == of && "subject".equals(role.apply(type, m))) out.addAll(Grammar.chain(s, mentions, m));
        }
        return out;
    }

    /** One candidate per object of a dated list ("acquisitions (e.g., A in 2002, B in 2003)"): see {@link ListedObjects}. */
    private static List<Candidate> perListedObject(List<Candidate> candidates, AnalyzedSentence s,
                                                   List<EntityMention> mentions, List<TimeMention> times) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            for (List<Participant> ps : ListedObjects.split(c.type(), c.participants(), s, mentions, times)) {
                out.add(new Candidate(c.type(), ps));
            }
        }
        return out;
    }

    private record Candidate(EventType type, List<Participant> participants) {
    }

    /** {@code value} computed on first read, then kept. */
    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> value) {
        return new java.util.function.Supplier<>() {
            private boolean done;
            private T kept;

            @Override
            public T get() {
                if (!done) {
                    kept = value.get();
                    done = true;
                }
                return kept;
            }
        };
    }

    private static Participant first(NearMentions near, Predicate<Near> type, int max, String role) {
        return near.matching(type).stream().filter(n -> n.distance() <= max).findFirst()
                .map(n -> new Participant(n.mention().entity().ref(), role)).orElse(null);
    }

    private static List<Near> within(NearMentions near, Predicate<Near> type, int max, int limit) {
        return near.matching(type).stream().filter(n -> n.distance() <= max).limit(limit).toList();
    }

    /**
     * "ex-Meta researchers", "former OpenAI executive", "ancien cadre de Google": the organization next to the cue, in
     * its phrase ("Gina Park, ex-Helix, is Zeta's new head of product": not Zeta, past the comma).
     */
    private static Participant adjacentOrg(AnalyzedSentence s, List<EntityMention> mentions, int trigger) {
        return mentions.stream().filter(m -> m.type() != EntityType.Person)
                .filter(m -> m.from() - trigger >= 0 && m.from() - trigger <= 4)
                .filter(m -> java.util.stream.IntStream.range(trigger + 1, m.from())
                        .noneMatch(i -> Parentheses.either(s.tokens().get(i).word()) || s.tokens().get(i).word().matches("[,;:—–]")))
                .min(Comparator.comparingInt(m -> m.from() - trigger))
                .map(m -> new Participant(m.entity().ref(), "organization")).orElse(null);
    }

    /**
     * True when {@code example} is given in parentheses as an example right after {@code family}: "the Yi series of
     * models (e.g., Yi-34B)", "la série Yi (par exemple, Yi-34B)" (the language's EXAMPLE cue).
     */
    private static boolean exampleOf(ContextCues cues, AnalyzedSentence s, EntityMention example, EntityMention family) {
        if (example.from() <= family.to() || example.from() - family.to() > 8) return false;
        if (s.parenthesisDepth(example.from()) != s.parenthesisDepth(family.from()) + 1) return false;
        return cues.at("EXAMPLE", s, example.from());
    }

    /** The organization and those joined to it by "and", "et", "or", "ou" or commas ("Google and Microsoft"). */
    private static List<Participant> coordinated(AnalyzedSentence s, List<EntityMention> mentions, Participant first) {
        List<EntityMention> sorted = mentions.stream().sorted(Comparator.comparingInt(EntityMention::from)).toList();
        List<Participant> out = new ArrayList<>(List.of(first));
        EntityMention at = sorted.stream().filter(m -> m.entity().key().equals(first.entity().key())).findFirst().orElse(null);
        while (at != null) {
            EntityMention current = at;
            EntityMention next = sorted.stream().filter(m -> m.from() >= current.to()).findFirst().orElse(null);
            if (next == null || !next.type().isOrganization() || !Grammar.joins(s, current.to(), next.from())) break;
            out.add(new Participant(next.entity().ref(), "organization"));
            at = next;
        }
        return out;
    }

    /**
     * The person an apposition that starts at the trigger describes: the one named right before its comma ("Youssef
     * Benali, passé par Owkin", "Jane Doe, a former Acme engineer"), or {@code null}.
     */
    private static EntityMention describedBefore(AnalyzedSentence s, List<EntityMention> mentions, int trigger) {
        int i = trigger - 1;
        while (i >= 0 && s.tokens().get(i).word().matches("(?i)a|an|the|un|une|l'|l’|le|la")) i--;
        if (i < 1 || !s.tokens().get(i).word().equals(",")) return null;
        int comma = i;
        return mentions.stream().filter(m -> m.type() == EntityType.Person && m.to() == comma).findFirst().orElse(null);
    }

    /** "Recruited from Google DeepMind": the organization after "from" right after a join trigger is the origin. */
    private static EntityMention origin(ContextCues cues, AnalyzedSentence s, List<EntityMention> mentions, int trigger) {
        for (EntityMention m : mentions) {
            if (!m.type().isOrganization() || m.from() < 1 || m.from() - trigger > ORIGIN_NEAR || m.from() <= trigger) continue;
            if (cues.at("HIRED_FROM", s, m.from())) return m;
        }
        return null;
    }

    private static List<Participant> list(Participant... ps) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : ps) if (p != null) out.add(p);
        return out;
    }
}
