package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.GenderCues.Gender;

/**
 * The grammatical gender of each person of one article, read from the article's own words next to the person's names
 * ({@link GenderCues}; no list of names): a title before a name ("Mme Lemaire", "Mr Price", counted twice), a noun,
 * adjective or participle in apposition, right after or right before a name, or after a copula that follows it
 * ("Karim Benali, ingénieur passé par X", "la directrice Claire Fabre", "Inès Morel a été nommée"), and the subject
 * pronoun that can mean that person alone (the only person named before it in its sentence, else the only person the
 * paragraph's sentence before named: "Il a recruté Inès Morel en 2022. Elle venait de Lexiva"). A person whose cues
 * disagree as much one way as the other has no gender. {@link Anaphora} resolves a pronoun only to a person whose
 * gender is unknown or agrees with it. Immutable once read.
 */
final class PersonGenders {
    private static final PersonGenders NONE = new PersonGenders(null, Map.of());
    /** Tokens read after an apposition's comma, determiners and numbers skipped. */
    private static final int APPOSITION = 3;
    /** Tokens between a name and a copula at most ("a", "ensuite", "s'"). */
    private static final int BEFORE_COPULA = 3;

    private final GenderCues cues;
    private final Map<String, Gender> byKey;

    private PersonGenders(GenderCues cues, Map<String, Gender> byKey) {
        this.cues = cues;
        this.byKey = byKey;
    }

    /** No genders: every person agrees with every pronoun. */
    static PersonGenders none() {
        return NONE;
    }

    /**
     * Reads the genders of an article's people from its sentences and their mentions before any pronoun was resolved.
     *
     * @param companyPronoun whether a pronoun may also mean a company ("elle" for "Orbit"): then it tells a person's
     *                       gender only where no company or organization stands between the person and it
     */
    static PersonGenders read(String lang, List<AnalyzedSentence> sentences, List<List<EntityMention>> mentions,
                              java.util.function.Predicate<String> companyPronoun) {
        GenderCues cues = GenderCues.bundled(lang);
        if (cues == null) return NONE;
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            AnalyzedSentence s = sentences.get(i);
            List<EntityMention> ms = mentions.get(i);
            for (EntityMention m : ms) {
                if (m.type() != EntityType.Person) continue;
                vote(votes, m.entity(), nextTo(cues, s.tokens(), m, ms), 1);
                if (m.from() > 0) vote(votes, m.entity(), cues.title(s.tokens().get(m.from() - 1).word()), 2);
            }
            boolean same = i > 0 && sentences.get(i - 1).paragraph() == s.paragraph();
            pronouns(cues, s, ms, same ? sentences.get(i - 1) : null, same ? mentions.get(i - 1) : List.of(), companyPronoun, votes);
        }
        Map<String, Gender> byKey = new HashMap<>();
        votes.forEach((key, v) -> {
            if (v != 0) byKey.put(key, v > 0 ? Gender.FEMININE : Gender.MASCULINE);
        });
        return new PersonGenders(cues, Map.copyOf(byKey));
    }

    /** The gender the article tells of a person, or null. */
    Gender of(Entity person) {
        return byKey.get(person.key());
    }

    /**
     * True when a description from token {@code d} (its determiner) to token {@code i} (its noun) may mean this person:
     * its gender, told by the determiner ("la dirigeante", "le fondateur") else by the form of its words ("l'ingénieure",
     * "l'ancienne directrice"), or the person's is unknown, or they are the same.
     */
    boolean agrees(Entity person, List<CoreLabel> toks, int d, int i) {
        return cues == null || agrees(person, cues.determiner(toks.get(d).word()), toks, d + 1, i);
    }

    /**
     * True when an object pronoun at {@code i} may mean this person: its gender, told by the pronoun ("her", "la") else by
     * the participle that agrees with it up to {@code verb} ("l'a nommée"), or the person's is unknown, or they are the same.
     */
    boolean agreesAsObject(Entity person, List<CoreLabel> toks, int i, int verb) {
        return cues == null || agrees(person, cues.objectPronoun(toks.get(i).word()), toks, i + 1, verb);
    }

    /**
     * True when a reference whose first word tells gender {@code told} (or null), else the first of tokens {@code from}
     * to {@code to} whose form tells one, may mean this person (see {@link #agrees(Entity, List, int, int)}).
     */
    private boolean agrees(Entity person, Gender told, List<CoreLabel> toks, int from, int to) {
        Gender p = told;
        for (int k = from; p == null && k <= to; k++) p = cues.word(toks.get(k));
        Gender g = byKey.get(person.key());
        return p == null || g == null || p == g;
    }

    /** True when a pronoun may mean this person: the person's gender or the pronoun's is unknown, or they are the same. */
    boolean agrees(Entity person, String pronoun) {
        if (cues == null) return true;
        Gender p = cues.pronoun(pronoun);
        Gender g = byKey.get(person.key());
        return p == null || g == null || p == g;
    }

    private static void vote(Map<String, Integer> votes, Entity person, Gender g, int weight) {
        if (g != null) votes.merge(person.key(), g == Gender.FEMININE ? weight : -weight, Integer::sum);
    }

    /** The gender told by the words next to a name: right before it, in apposition, right after it or after a copula. */
    private static Gender nextTo(GenderCues cues, List<CoreLabel> toks, EntityMention m, List<EntityMention> ms) {
        if (m.from() > 0) {
            Gender g = cues.word(toks.get(m.from() - 1));
            if (g != null && !isVerb(toks.get(m.from() - 1))) return g;
        }
        int j = m.to();
        if (j >= toks.size()) return null;
        if (toks.get(j).word().equals(",")) {
            // "Karim Benali, ingénieur passé par Numerix", "Claire Fabre, la nouvelle directrice"
            for (int k = j + 1, read = 0; k < toks.size() && read < APPOSITION && !named(ms, k) && !punctuation(toks.get(k)); k++) {
                if (skipped(toks.get(k))) continue;
                Gender g = cues.word(toks.get(k));
                if (g != null) return g;
                read++;
            }
            return null;
        }
        Gender after = cues.word(toks.get(j));
        if (after != null && !isVerb(toks.get(j))) return after;
        // "Claire Fabre a été nommée", "Inès Morel est partie"
        for (int k = j; k < Math.min(toks.size() - 1, j + BEFORE_COPULA); k++) {
            if (named(ms, k) || punctuation(toks.get(k))) return null;
            if (cues.copula(toks.get(k).word())) {
                for (int n = k + 1; n < toks.size() && !named(ms, n); n++) {
                    if (cues.copula(toks.get(n).word()) || adverb(toks.get(n))) continue;
                    return skipped(toks.get(n)) && n + 1 < toks.size() ? cues.word(toks.get(n + 1), true) : cues.word(toks.get(n), true);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Votes for the person the sentence's first subject pronoun can only mean: the one person named before it in its
     * sentence (with no company between, when the pronoun may mean a company), else, for a pronoun before any name of
     * its sentence, the one person the paragraph's sentence before named, where that sentence told of no one by a pronoun
     * of the same gender ("Elle a cédé son poste à Antoine Girard. Elle ...": not Girard's) and named no company, when
     * the pronoun may mean one.
     */
    private static void pronouns(GenderCues cues, AnalyzedSentence s, List<EntityMention> ms, AnalyzedSentence previous,
                                 List<EntityMention> before, java.util.function.Predicate<String> companyPronoun,
                                 Map<String, Integer> votes) {
        int i = firstPronoun(cues, s.tokens());
        if (i < 0) return;
        Gender g = cues.pronoun(s.tokens().get(i).word());
        boolean orgs = companyPronoun.test(s.tokens().get(i).word());
        List<EntityMention> earlier = ms.stream().filter(m -> m.to() <= i).toList();
        List<Entity> people = people(earlier);
        if (people.size() == 1) {
            int last = earlier.stream().filter(m -> m.entity().equals(people.get(0))).mapToInt(EntityMention::to).max().orElse(0);
            boolean company = earlier.stream().anyMatch(m -> m.type().isOrganization() && m.from() >= last);
            if (!(orgs && company)) vote(votes, people.get(0), g, 1);
        } else if (earlier.isEmpty() && previous != null && !tellsByPronoun(cues, previous.tokens(), g)) {
            List<Entity> named = people(before);
            boolean company = before.stream().anyMatch(m -> m.type().isOrganization());
            if (named.size() == 1 && !(orgs && company)) vote(votes, named.get(0), g, 1);
        }
    }

    /** The first gendered subject pronoun of a sentence that is no impersonal one ("il y a"), else -1. */
    private static int firstPronoun(GenderCues cues, List<CoreLabel> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (personal(cues, toks, i) != null) return i;
        }
        return -1;
    }

    /** Whether a sentence holds a personal pronoun of this gender ("Elle a cédé son poste à Antoine Girard" for "elle"). */
    private static boolean tellsByPronoun(GenderCues cues, List<CoreLabel> toks, Gender g) {
        for (int i = 0; i < toks.size(); i++) {
            if (personal(cues, toks, i) == g) return true;
        }
        return false;
    }

    /** The gender of token {@code i} when it is a subject pronoun used personally (not "il" of "il y a"), else null. */
    private static Gender personal(GenderCues cues, List<CoreLabel> toks, int i) {
        if (i + 1 < toks.size() && cues.impersonal(toks.get(i + 1).word())) return null;
        return cues.pronoun(toks.get(i).word());
    }

    private static List<Entity> people(List<EntityMention> ms) {
        return ms.stream().filter(m -> m.type() == EntityType.Person).map(EntityMention::entity).distinct().toList();
    }

    private static boolean named(List<EntityMention> ms, int token) {
        return ms.stream().anyMatch(m -> m.from() <= token && token < m.to());
    }

    private static boolean punctuation(CoreLabel t) {
        return t.word().length() == 1 && !Character.isLetterOrDigit(t.word().charAt(0));
    }

    private static boolean isVerb(CoreLabel t) {
        return PosTags.verbOrAuxiliary(t.tag());
    }

    private static boolean adverb(CoreLabel t) {
        return PosTags.adverb(t.tag());
    }

    /** Determiners, numbers and pronouns, skipped in an apposition ("la nouvelle directrice", "41 ans"). */
    private static boolean skipped(CoreLabel t) {
        return t.tag() != null && t.tag().matches("DET|DT|NUM|CD|PRON|PRP\\$?");
    }
}
