package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A light anaphora resolver: "he"/"il" refers to the paragraph's last person, else the article's most-mentioned one
 * (also beside another named person, when the pronoun is the subject and no named person is: "he co-founded Zeta with
 * Jane Doe"; not in a relative clause after a named person, who is the one it means: "Omar Benhamou vient de Google
 * DeepMind, qu'il avait quitté");
 * "the company"/"l'entreprise" to the company in {@link Focus} (the one the paragraph last named, else the article's
 * most-mentioned company); a French "elle"/"il" opening a sentence, where no person could be meant, to the company that
 * opened the sentence before ("Orbit a levé 40 millions. Elle a ensuite racheté Sonara."). Good enough for profiles and company stories, the
 * common shapes of industry notes; it only adds mentions where a sentence has none of that type. A subject "both",
 * "they", "tous (deux)" refers to the people the paragraph last named together ({@link Group}): each of them acts.
 * A person's definite description as a subject ("la dirigeante", "the 41-year-old") is the person in focus, as "she"
 * is ({@link PersonDescriptions}). Stateless.
 */
final class Anaphora {
    private final Cues cues;
    private final ClauseSubjects subjects;
    private final PersonDescriptions descriptions;

    Anaphora(Cues cues) {
        this.cues = cues;
        this.subjects = new ClauseSubjects(cues);
        this.descriptions = new PersonDescriptions(cues, subjects);
    }

    /** Which companies a sentence names as a clause's subject (read from tags, the same with or without a parse). */
    ClauseSubjects subjects() {
        return subjects;
    }

    /** The most-mentioned entity of a type, if it is mentioned at least twice. */
    static Optional<Entity> salient(List<Entity> entities, java.util.function.Predicate<Entity> type) {
        return entities.stream().filter(type).filter(e -> e.mentions().size() >= 2)
                .max(Comparator.comparingInt((Entity e) -> e.mentions().size()).thenComparing(e -> -e.mentions().get(0).start()));
    }

    /**
     * The company a description or a pronoun refers to as an article is read, sentence by sentence: the company the
     * paragraph's last sentence naming one made a clause's subject ({@link ClauseSubjects}: "Orbital Labs, a rival of
     * Brightline, raised $25 million. The startup cut 40 jobs": Orbital Labs); where that sentence made none its
     * subject, the company it opened with ("Orbital Labs développe des assistants. En juin, l'entreprise a lancé Nova
     * 2"), unless it also named the article's main company, which then stays in focus. Read from tokens and tags, never
     * from a parse, so that the answer does not depend on which sentences were parsed. Not thread-safe: one per article
     * read.
     */
    static final class Focus {
        private final Entity main;
        /** The first company named by the paragraph's last sentence naming one, and whether it named the main one. */
        private Entity recent;
        private boolean recentNamedMain;
        /** The first company that sentence made a clause's subject, or null. */
        private Entity subject;
        /** The company that opened the paragraph's previous sentence, when that sentence named no person. */
        private Entity opener;
        /** The paragraph's previous sentence's last-named person or company ("the latter", "ce dernier"), or null. */
        private EntityMention lastNamed;
        /** The subject company a paragraph of prose left in focus for the next one under the same heading, or null. */
        private Entity carried;
        /** The companies the paragraph named so far, last named last. */
        private final List<Entity> named = new ArrayList<>();

        Focus(Entity main) {
            this.main = main;
        }

        /** What "the company" refers to here, or null. */
        Entity company() {
            if (subject != null) return subject;
            if (recent == null && carried != null) return carried;
            return recent == null || recentNamedMain ? main : recent;
        }

        /** The subject company of the paragraph's last sentence naming one (or the one carried over), else {@code other}. */
        Entity subjectOr(Entity other) {
            return subject != null ? subject : recent == null && carried != null ? carried : other;
        }

        /** The subject company of the paragraph's last sentence naming one, or null. */
        Entity subject() {
            return subject;
        }

        /** A new paragraph: what the last one named is out of focus. */
        void newParagraph() {
            newParagraph(false);
        }

        /**
         * A new paragraph: what the last one named is out of focus, except, with {@code carry} (prose after prose under
         * the same heading), the company it made a subject last ("Méridane a racheté Sirocco Labs. ..." then a paragraph
         * "En novembre 2025, l'entreprise a supprimé 80 postes": Méridane).
         */
        void newParagraph(boolean carry) {
            carried = carry ? (subject != null ? subject : carried) : null;
            recent = null;
            recentNamedMain = false;
            subject = null;
            opener = null;
            lastNamed = null;
            named.clear();
        }

        /**
         * The company the paragraph named last that the sentence does not name, or null: what a description as the object of
         * a deal means ("Orbit had backed Corrie since 2024. In July it acquired the startup": Corrie).
         */
        Entity lastNamedBesides(List<EntityMention> sentence) {
            for (int k = named.size() - 1; k >= 0; k--) {
                Entity e = named.get(k);
                if (sentence.stream().noneMatch(m -> m.entity().key().equals(e.key()))) return e;
            }
            return null;
        }

        /** Notes a sentence's mentions (those its anaphors were resolved to included), once resolved. */
        void note(List<EntityMention> mentions) {
            note(null, mentions, null);
        }

        /** Notes a sentence's mentions (those its anaphors were resolved to included), once resolved. */
        void note(AnalyzedSentence s, List<EntityMention> mentions, ClauseSubjects subjects) {
            List<EntityMention> inOrder = mentions.stream().sorted(Comparator.comparingInt(EntityMention::from)).toList();
            EntityMention company = inOrder.stream().filter(m -> m.type() == EntityType.Company).findFirst().orElse(null);
            if (company != null) {
                recent = company.entity();
                recentNamedMain = main != null && inOrder.stream().anyMatch(m -> m.entity().key().equals(main.key()));
                subject = s == null || subjects == null ? null : subjects.firstCompany(s, inOrder);
            }
            boolean person = inOrder.stream().anyMatch(m -> m.type() == EntityType.Person);
            opener = !inOrder.isEmpty() && inOrder.get(0).type() == EntityType.Company && !person ? inOrder.get(0).entity() : null;
            lastNamed = inOrder.stream().filter(m -> m.type() == EntityType.Company || m.type() == EntityType.Person)
                    .max(Comparator.comparingInt(EntityMention::to)).orElse(null);
            for (EntityMention m : inOrder) {
                if (m.type() != EntityType.Company) continue;
                named.remove(m.entity());
                named.add(m.entity());
            }
        }
    }

    /**
     * The people a paragraph last named together ("Jane Doe and Tom Reyes met at Orbit"), whom a plural subject ("Both
     * left Orbit in 2023") refers to, until a sentence names someone else. Not thread-safe: one per article read.
     */
    static final class Group {
        private List<Entity> members = List.of();

        /** A new paragraph: its people are out of focus. */
        void newParagraph() {
            members = List.of();
        }

        List<Entity> members() {
            return members;
        }

        /** Notes a sentence's mentions (those its anaphors were resolved to included), once resolved. */
        void note(AnalyzedSentence s, List<EntityMention> mentions) {
            List<EntityMention> people = mentions.stream().filter(m -> m.type() == EntityType.Person).toList();
            for (EntityMention m : people) {
                List<Entity> joined = Grammar.chain(s, mentions, m).stream().map(EntityMention::entity).distinct().toList();
                if (joined.size() >= 2) {
                    members = joined;
                    return;
                }
            }
            if (people.stream().anyMatch(m -> !members.contains(m.entity()))) members = List.of();
        }
    }

    /** Words before a sentence's first comma at most, for a pronoun after it to open the sentence's clause. */
    private static final int OPENING_PHRASE = 6;

    /**
     * Mentions to add to a sentence for its pronouns and definite descriptions.
     *
     * @param person  who "he"/"she" refers to here (the paragraph's last person, else the article's main one), or null
     * @param focus   what "the company" and an opening "elle" refer to
     */
    List<EntityMention> resolve(AnalyzedSentence s, List<EntityMention> mentions, Entity person, Focus focus, Group group) {
        return resolve(s, mentions, person == null ? List.of() : List.of(person), PersonGenders.none(), focus, group);
    }

    /**
     * Mentions to add to a sentence for its pronouns and definite descriptions, "he"/"elle" meaning the first of
     * {@code people} whose gender is unknown or agrees with the pronoun's ({@link PersonGenders}): "Sophie Lemaire a
     * travaillé chez Medisoft aux côtés d'Antoine Girard. Elle a quitté Medisoft" is Sophie Lemaire's departure once the
     * article tells Girard a man ("M. Girard", "Antoine Girard, ancien directeur"). Where no person agrees, an opening
     * French pronoun may mean the company that opened the sentence before.
     *
     * @param people  whom a person pronoun may mean, first choice first (the paragraph's people, last named first,
     *                then the article's main one)
     */
    List<EntityMention> resolve(AnalyzedSentence s, List<EntityMention> mentions, List<Entity> people, PersonGenders genders,
                                Focus focus, Group group) {
        boolean namesPerson = mentions.stream().anyMatch(m -> m.type() == EntityType.Person);
        if (group.members().size() >= 2 && !namesPerson) {
            int plural = pluralSubject(s);
            if (plural >= 0) return groupActs(group, plural);
        }
        Resolution r = new Resolution(s, mentions, people, genders, focus, namesPerson);
        r.describedPerson();
        r.openingCompany();
        for (int i = 0; i < r.toks.size(); i++) r.token(i);
        return r.added;
    }

    /** "Both left Orbit in 2023": each of the people the paragraph last named together, at the plural subject. */
    private static List<EntityMention> groupActs(Group group, int plural) {
        List<EntityMention> added = new ArrayList<>();
        for (Entity member : group.members()) added.add(new EntityMention(member, plural, plural + 1));
        return added;
    }

    /**
     * The resolution of one sentence's pronouns and descriptions, step by step: what it added so far, and whether it
     * now has a person and the company in focus. Not thread-safe: one per sentence resolved.
     */
    private final class Resolution {
        private final AnalyzedSentence s;
        private final List<EntityMention> mentions;
        private final List<Entity> people;
        private final PersonGenders genders;
        private final Focus focus;
        private final List<CoreLabel> toks;
        /** Whether the sentence itself names a person. */
        private final boolean namesPerson;
        /** The company in focus ("the company"), or null. */
        private final Entity company;
        private final List<EntityMention> added = new ArrayList<>();
        private boolean hasPerson;
        private boolean hasCompany;
        /** The token of a French pronoun opening the sentence (openingPronoun), or -1. */
        private int opening = -1;

        Resolution(AnalyzedSentence s, List<EntityMention> mentions, List<Entity> people, PersonGenders genders, Focus focus,
                   boolean namesPerson) {
            this.s = s;
            this.mentions = mentions;
            this.people = people;
            this.genders = genders;
            this.focus = focus;
            this.toks = s.tokens();
            this.namesPerson = namesPerson;
            this.hasPerson = namesPerson;
            this.company = focus.company();
            this.hasCompany = company != null && mentions.stream().anyMatch(m -> m.entity().key().equals(company.key()));
        }

        /**
         * "La dirigeante a quitté Halvane", "The 41-year-old left Calder Systems": a subject description of a person is the
         * person in focus its gender agrees with, where no named person is a subject (PersonDescriptions); a person its
         * sentence names before it comes first ("Le départ de Paul Roy a été annoncé : l'ingénieur quitte Halvane").
         * "Lattice Forge hired the 41-year-old", "Ardoise IA a recruté l'ancien chercheur": the object of a verb that takes
         * a person, where the sentence names no person.
         */
        void describedPerson() {
            PersonDescriptions.Description described = descriptions.find(s, mentions);
            List<Entity> candidates = new ArrayList<>();
            if (described != null) {
                mentions.stream().filter(m -> m.type() == EntityType.Person && m.to() <= described.determiner())
                        .sorted(Comparator.comparingInt(EntityMention::from).reversed()).forEach(m -> candidates.add(m.entity()));
                candidates.addAll(people);
            }
            PersonDescriptions.Description found = described != null || hasPerson ? described : descriptions.findObject(s, mentions);
            if (described == null && found != null) candidates.addAll(people);
            Entity describedPerson = found == null ? null : candidates.stream()
                    .filter(p -> genders.agrees(p, toks, found.determiner(), found.noun())).findFirst().orElse(null);
            if (describedPerson != null && mentions.stream().noneMatch(m -> m.entity().key().equals(describedPerson.key())
                    && m.from() > found.noun())) {
                added.add(new EntityMention(describedPerson, found.noun(), found.noun() + 1));
                hasPerson = true;
            }
        }

        /**
         * "Elle a ensuite racheté Sonara", "En 2024, elle a lancé Nova": the company that opened the sentence before; only
         * where no person could be meant: the paragraph named none and the article is no one's profile.
         */
        void openingCompany() {
            opening = openingPronoun(toks, mentions);
            if (opening >= 0 && agreeing(people, genders, toks.get(opening).word()) == null && focus.opener != null
                    && mentions.stream().noneMatch(m -> m.entity().key().equals(focus.opener.key()))) {
                added.add(new EntityMention(focus.opener, opening, opening + 1));
                hasCompany = true;
            }
        }

        /** The steps for token {@code i}, in order; none for the opening pronoun once it was resolved. */
        void token(int i) {
            String w = toks.get(i).word().toLowerCase(Locale.ROOT);
            if (i == opening && !added.isEmpty()) return;
            personPronoun(i, w);
            objectPronoun(i, w);
            predecessorPronoun(i, w);
            companyDescription(i, w);
            companySubjectPronoun(i, w);
            theLatter(i);
            foundedCompany(i, w);
        }

        /**
         * "Passé par Acme, il succède à Jane Doe": a subject pronoun is the person in focus even where the sentence names
         * someone else, as long as no one it names is a subject or opens the sentence as its label ("Jane Doe :
         * cofondatrice, elle a quitté ..."); in a sentence that names no person, only the first pronoun is (as before that
         * rule): a later one is the same person again, and asking the parse about it bought no fact.
         */
        private void personPronoun(int i, String w) {
            Entity person = cues.is("person-pronoun", w) ? agreeing(people, genders, w) : null;
            if (person != null && (!hasPerson || namesPerson && subjectBesideOthers(s, i, person, mentions))) {
                added.add(new EntityMention(person, i, i + 1));
                hasPerson = true;
            }
        }

        /**
         * "The company named her chief technology officer", "Le groupe l'a nommée directrice": an object pronoun of a verb
         * that takes a person is the person in focus whose gender agrees, where the sentence names no person.
         */
        private void objectPronoun(int i, String w) {
            int verb = hasPerson || !cues.is("person-object-pronoun", w) ? -1 : objectVerb(toks, i, "person-object-verb");
            if (verb >= 0) {
                Entity object = people.stream().filter(p -> genders.agreesAsObject(p, toks, i, Math.max(i, verb)))
                        .findFirst().orElse(null);
                if (object != null) {
                    added.add(new EntityMention(object, i, i + 1));
                    hasPerson = true;
                }
            }
        }

        /**
         * "Hugo Blanchard a quitté Orphéa ; Claire Fabre l'a remplacé", "Claire Dubos lui a succédé", "Liu replaced him":
         * the object of a verb of succession is the person before: one its sentence named before it other than the nearest
         * (the one who succeeds), last named first, else the paragraph's person the sentence does not name.
         */
        private void predecessorPronoun(int i, String w) {
            int succession = cues.is("predecessor-pronoun", w) ? objectVerb(toks, i, "successor-verb") : -1;
            if (succession >= 0) {
                List<Entity> earlier = mentions.stream().filter(m -> m.type() == EntityType.Person && m.to() <= i)
                        .sorted(Comparator.comparingInt(EntityMention::from).reversed()).map(EntityMention::entity).distinct().toList();
                List<Entity> choices = new ArrayList<>(earlier.isEmpty() ? List.of() : earlier.subList(1, earlier.size()));
                people.stream().filter(p -> mentions.stream().noneMatch(m -> m.entity().key().equals(p.key()))
                        && added.stream().noneMatch(m -> m.entity().key().equals(p.key()))).forEach(choices::add);
                Entity before = choices.stream().filter(p -> genders.agreesAsObject(p, toks, i, i)).findFirst().orElse(null);
                if (before != null) added.add(new EntityMention(before, i, i + 1));
            }
        }

        /**
         * A description of a company ("the startup", "l'entreprise"): the company of a deal word before it, else the
         * company an earlier clause of its sentence made a subject, else the company in focus; none where a name follows
         * or stands beside it, or a possessive tells a relation.
         */
        private void companyDescription(int i, String w) {
            // "la start-up lyonnaise Koyeb", "the startup Kyutai": a description followed by a name is that name's
            // ("the company launched Nova 2" names what it launched, not itself: no verb between)
            boolean named = mentions.stream().anyMatch(m -> m.from() > i && m.from() <= i + 2
                    && toks.subList(i + 1, m.from()).stream().noneMatch(t -> t.tag() != null && t.tag().matches("VB.*|VERB|AUX")));
            int determiner = named || !description(w) ? -1 : determiner(toks, mentions, i);
            // "its maker", "son fournisseur": a possessive before a noun of company-reference tells a relation, not the
            // company itself
            if (determiner >= 0 && !cues.is("org-description", w) && cues.is("possessive-determiner", toks.get(determiner).word())) {
                determiner = -1;
            }
            // "In July it acquired the startup", "elle a racheté la jeune pousse": a description right after a deal word
            // (cue list company-deal) is the company the paragraph named last that the sentence does not name
            if (determiner > 0 && cues.is("company-deal", toks.get(determiner - 1).word())) {
                List<EntityMention> sentence = new ArrayList<>(mentions);
                sentence.addAll(added);
                Entity bought = focus.lastNamedBesides(sentence);
                if (bought != null) {
                    added.add(new EntityMention(bought, i, i + 1));
                    hasCompany = true;
                }
                determiner = -1;
            }
            // "Nexora, le géant américain du cloud, a investi": a description set beside a name is that name's
            if (determiner >= 0 && !apposed(toks, mentions, determiner, i)) {
                // a company an earlier clause of its own sentence made a subject comes first ("Orbital Labs lost its
                // chief when Jane Doe left the firm"; not "Tessaro sued the chipmaker"), then the company in focus
                boolean before = mentions.stream().anyMatch(m -> m.type() == EntityType.Company && m.to() <= i);
                Entity own = before ? subjects.companyBefore(s, mentions, i, !subjects.subject(s, i, i + 1)) : null;
                if (own != null && added.stream().noneMatch(m -> m.from() == i)) {
                    added.add(new EntityMention(own, i, i + 1));
                    hasCompany = true;
                } else if (own == null && company != null && !hasCompany) {
                    added.add(new EntityMention(company, i, i + 1));
                    hasCompany = true;
                }
            }
        }

        /**
         * "Harlow AI bought Mirelle, and a day later it cut 30 jobs": a subject "it" is the subject company before it in
         * its sentence, else the subject company of the paragraph's last sentence naming one; never an expletive or a
         * copula's subject ("It is clear that ...").
         */
        private void companySubjectPronoun(int i, String w) {
            if (cues.is("company-subject-pronoun", w) && subjectPronoun(toks, i) && subjects.subject(s, i, i + 1)) {
                boolean before = mentions.stream().anyMatch(m -> m.type() == EntityType.Company && m.to() <= i);
                Entity own = before ? subjects.companyBefore(s, mentions, i, false) : focus.subject();
                if (own != null && added.stream().noneMatch(m -> m.from() == i)) {
                    added.add(new EntityMention(own, i, i + 1));
                    hasCompany = true;
                }
            }
        }

        /**
         * "Tessaro lost Owen Price to Quillon. The latter named him CTO", "Cette dernière a racheté Ondalys": the last
         * person or company named before it, meant only when that is a company; "Orbit a recruté Jane Doe. Cette dernière
         * a quitté Nimbus en mai": the person named last, where no person is named after it.
         */
        private void theLatter(int i) {
            if (latter(toks, i)) {
                EntityMention last = mentions.stream().filter(m -> m.to() <= i
                                && (m.type() == EntityType.Company || m.type() == EntityType.Person))
                        .max(Comparator.comparingInt(EntityMention::to)).orElse(focus.lastNamed);
                if (last != null && last.type() == EntityType.Company && added.stream().noneMatch(m -> m.from() == i)) {
                    added.add(new EntityMention(last.entity(), i, i + 1));
                    hasCompany = true;
                } else if (last != null && last.type() == EntityType.Person && added.stream().noneMatch(m -> m.from() == i)
                        && mentions.stream().noneMatch(m -> m.type() == EntityType.Person && m.from() > i)) {
                    added.add(new EntityMention(last.entity(), i, i + 1));
                    hasPerson = true;
                }
            }
        }

        /** "Jeanne Morel l'a cofondée avec Paul Roy", "Jane Morel co-founded it": what was founded is the company in focus. */
        private void foundedCompany(int i, String w) {
            if (company != null && !hasCompany && cues.is("company-object", w) && objectOfFoundedVerb(s, i)) {
                added.add(new EntityMention(company, i, i + 1));
                hasCompany = true;
            }
        }
    }

    /** The first of {@code people} a pronoun may mean by its gender, or null. */
    private static Entity agreeing(List<Entity> people, PersonGenders genders, String pronoun) {
        for (Entity p : people) if (genders.agrees(p, pronoun)) return p;
        return null;
    }

    /**
     * The token of the verb of cue list {@code verbs} whose object the pronoun at {@code i} is, read from tags, else -1:
     * for an English pronoun (Penn PRP or PRP$), a verb right before it across adverbs ("named her", "hired him"); for a
     * clitic (tagged a pronoun, not a determiner), a verb after it across at most an auxiliary ("l'a nommée", "la nomme").
     */
    private int objectVerb(List<CoreLabel> toks, int i, String verbs) {
        String tag = toks.get(i).tag();
        if (tag == null) return -1;
        if (tag.startsWith("PRP")) {
            int j = i - 1;
            while (j >= 0 && PosTags.adverb(toks.get(j).tag())) j--;
            return j >= 0 && cues.is(verbs, toks.get(j).word()) ? j : -1;
        }
        if (!tag.equals("PRON")) return -1;
        for (int j = i + 1; j <= Math.min(toks.size() - 1, i + 2); j++) {
            if (cues.is(verbs, toks.get(j).word())) return j;
            String t = toks.get(j).tag();
            if (t == null || !t.equals("AUX")) return -1;
        }
        return -1;
    }

    /** Words between an object pronoun and its verb at most: "l'a cofondée", "l'avaient cofondée", "founded it". */
    private static final int OBJECT_GAP = 3;

    /** True when token {@code i} is the parse's object of a nearby verb of the cue list "founded-verb". */
    private boolean objectOfFoundedVerb(AnalyzedSentence s, int i) {
        List<CoreLabel> toks = s.tokens();
        for (int j = Math.max(0, i - 1); j <= Math.min(toks.size() - 1, i + OBJECT_GAP); j++) {
            if (j == i || !cues.is("founded-verb", toks.get(j).word())) continue;
            String r = s.relation(j, i);
            if (r != null && r.startsWith("obj")) return true;
        }
        return false;
    }

    /** Whether a word is a noun that may refer back to a company (cue lists org-description and company-reference). */
    private boolean description(String w) {
        return cues.is("org-description", w) || cues.is("company-reference", w);
    }

    /**
     * The definite determiner a description noun follows, right before it or across up to two modifiers (adjectives or
     * nouns, none of them part of a name: "la jeune pousse", "the young startup", "the Texas chipmaker", "the British
     * software group"), else -1.
     */
    private int determiner(List<CoreLabel> toks, List<EntityMention> mentions, int i) {
        return DescriptionPhrase.determiner(cues, "definite-determiner", toks, i,
                d -> mentions.stream().anyMatch(m -> m.from() <= d && d < m.to()));
    }

    /**
     * Whether the description opened by the determiner at {@code d}, its noun at {@code i}, stands right after a name and
     * a comma as that name's apposition ("Brenmoor, the British software group, signed"): no finite verb follows its
     * phrase (its complements "du cloud", "de puces" read over), which would make it the subject of its own clause
     * ("deux anciens de Dassault Systèmes, la société développe des modèles").
     */
    private static boolean apposed(List<CoreLabel> toks, List<EntityMention> mentions, int d, int i) {
        if (d < 2 || !toks.get(d - 1).word().equals(",") || mentions.stream().noneMatch(m -> m.to() == d - 1)) return false;
        int j = DescriptionPhrase.complementEnd(toks, i);
        return j >= toks.size() || !ClauseSubjects.finite(toks.get(j).tag());
    }

    /**
     * Whether "it" at {@code i} reads as a company's subject from its tags: a finite verb follows (across adverbs), not a
     * copula's (cue list "copula": "it is", "it was", "it seems"), nor "it has been".
     */
    private boolean subjectPronoun(List<CoreLabel> toks, int i) {
        int j = i + 1;
        while (j < toks.size() && PosTags.adverb(toks.get(j).tag())) j++;
        if (j >= toks.size() || !ClauseSubjects.finite(toks.get(j).tag()) || cues.is("copula", toks.get(j).word())) return false;
        return j + 1 >= toks.size() || !toks.get(j + 1).word().equalsIgnoreCase("been");
    }

    /**
     * Whether token {@code i} is a demonstrative of the last-named one (cue list "latter-word"): "the latter", "ce
     * dernier", "cette dernière" after a determiner and before no noun ("ce dernier trimestre" is none), or "celui-ci",
     * "celle-ci".
     */
    private boolean latter(List<CoreLabel> toks, int i) {
        String w = toks.get(i).word();
        if (!cues.is("latter-word", w)) return false;
        if (w.contains("-")) return true;
        if (i == 0 || !cues.is("determiner", toks.get(i - 1).word())) return false;
        return i + 1 >= toks.size() || !PosTags.noun(toks.get(i + 1).tag());
    }

    /**
     * The token of a plural subject, else -1: the word itself ("they joined", "Ils ont rejoint"), the word it qualifies
     * ("Tous deux ont quitté": "deux"), or the word opening the sentence before a verb ("Both left Orbit", which the
     * parser may read as a noun phrase).
     */
    private int pluralSubject(AnalyzedSentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!cues.is("group-pronoun", s.tokens().get(i).word())) continue;
            if (subject(s, i)) return i;
            for (int g : s.governors(i)) {
                String r = s.relation(g, i);
                if (r != null && (r.equals("det") || r.startsWith("amod") || r.equals("nummod")) && subject(s, g)) return g;
            }
            String next = i == 0 && s.tokens().size() > 1 ? s.tokens().get(1).tag() : null;
            if (next != null && next.matches("VB.*|JJ|VERB|AUX")) return i;
        }
        return -1;
    }

    /**
     * Whether a person pronoun at {@code i} is the subject while the sentence names other people, none of them a subject
     * or the sentence's opening label, and not the pronoun's person itself. The cheap checks on the names come first:
     * the parse is asked only when they pass.
     */
    private static boolean subjectBesideOthers(AnalyzedSentence s, int i, Entity person, List<EntityMention> mentions) {
        // a mention the page lends the sentence (PageSubjects: no word of its own) names no one here
        boolean named = mentions.stream().filter(m -> spelled(s, m)).anyMatch(m -> m.entity().key().equals(person.key())
                || m.type() == EntityType.Person && m.from() == 0 && i > 0);
        return !named && subject(s, i) && noPersonSubject(s, mentions) && !relativeAfterName(s, i, mentions)
                && !nameBeforeSemicolon(s, i, mentions);
    }

    /** Whether the mention's first word is a word of its entity's name or aliases (not a word the page's subject was hung on). */
    private static boolean spelled(AnalyzedSentence s, EntityMention m) {
        if (m.from() < 0 || m.from() >= s.tokens().size()) return false;
        String w = s.tokens().get(m.from()).word().toLowerCase(Locale.ROOT);
        if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) return false;
        if (m.entity().name().toLowerCase(Locale.ROOT).contains(w)) return true;
        return m.entity().aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(w));
    }

    /**
     * Whether a person the sentence names stands before a semicolon that stands before the pronoun ("Zeta poached Tom
     * Ray from Acme; he now runs its team", "... débauché Tom Ray chez Acme ; il y dirige"): the second statement tells
     * of the person the first named, not of the person in focus.
     */
    private static boolean nameBeforeSemicolon(AnalyzedSentence s, int i, List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.Person || m.to() > i) continue;
            for (int k = m.to(); k < i; k++) {
                if (s.tokens().get(k).word().equals(";")) return true;
            }
        }
        return false;
    }

    /**
     * Whether the pronoun at {@code i} is the subject of a relative clause ("Karim Haddad, débauché chez Doctolib, où il
     * dirigeait les données", "Jane Doe, who joined Acme, where she led research") after a person the sentence names:
     * that person is the one it refers to, not the person in focus.
     */
    private static boolean relativeAfterName(AnalyzedSentence s, int i, List<EntityMention> mentions) {
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.Person && m.to() <= i)) return false;
        for (int verb : s.governors(i)) {
            for (int g : s.governors(verb)) {
                String r = s.relation(g, verb);
                if (r != null && r.startsWith("acl")) return true;
            }
        }
        return false;
    }

    /** Whether no person the sentence names is a verb's subject. */
    private static boolean noPersonSubject(AnalyzedSentence s, List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.Person) continue;
            for (int t = m.from(); t < m.to(); t++) if (subject(s, t)) return false;
        }
        return true;
    }

    private static boolean subject(AnalyzedSentence s, int token) {
        for (int g : s.governors(token)) {
            String r = s.relation(g, token);
            if (r != null && r.startsWith("nsubj")) return true;
        }
        return false;
    }

    /**
     * The token of a company pronoun that opens the sentence, or its clause after a short opening phrase ("En juin
     * 2024, elle a lancé"), as a verb's subject (a verb, an auxiliary or a clitic follows), else -1.
     */
    private int openingPronoun(List<CoreLabel> toks, List<EntityMention> mentions) {
        int at = 0;
        if (toks.isEmpty()) return -1;
        if (!cues.is("company-pronoun", toks.get(0).word())) {
            int comma = -1;
            for (int i = 1; i <= Math.min(OPENING_PHRASE, toks.size() - 2); i++) {
                if (toks.get(i).word().equals(",")) {
                    comma = i;
                    break;
                }
            }
            if (comma < 0 || !cues.is("company-pronoun", toks.get(comma + 1).word())) return -1;
            int before = comma;
            if (mentions.stream().anyMatch(m -> m.from() < before)) return -1;
            at = comma + 1;
        }
        if (at + 1 >= toks.size()) return -1;
        String next = toks.get(at + 1).tag();
        return next != null && next.matches("VERB|AUX|PRON|ADV") ? at : -1;
    }
}
