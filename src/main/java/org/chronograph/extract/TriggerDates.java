package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronograph.extract.time.RangeLinks;
import org.chronograph.extract.time.TimeMention;

/**
 * Which of a sentence's dates is a trigger's: among the dates of the trigger's own clause that can date an event of
 * its type, the nearest to the trigger (or to what the event is about) in the dependency parse, then in characters;
 * else, when nothing was set aside and the sentence tells the event in narrative time, the paragraph's last date.
 * Stateless.
 *
 * <p>A date from another clause never dates an event: "only three remained by mid-2025, ... to found or join rivals
 * like Mistral AI (co-founded by A and B)" gives the founding no date, and "said on Monday it was making an
 * investment ... in a partnership that began in 2019" dates the investment Monday, the partnership 2019.
 */
final class TriggerDates {
    /** Distance given to a date the parse cannot place. */
    private static final int FAR = 50;
    /** A distance counts dependency edges in units of this, characters below it (see {@link #dateDistance}). */
    private static final int PER_EDGE = 10_000;
    /** "since 2023", "depuis 2023". */
    private static final Pattern SINCE = Pattern.compile("^(?:since|depuis)\\b", Pattern.CASE_INSENSITIVE);
    /** What makes the date after it the date of a state of affairs: "as of October 2025", "en date du 3 mars". */
    private static final Pattern AS_OF = Pattern.compile(
            "\\b(?:as of|as at|en date du|en date de|à la date du)\\s*(?:mid-?|early|late|the end of|fin|début|mi-)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * What makes the date after it the new date a delay sets, not the delay's own: "pushed back to 2026", "delayed until
     * early 2027", "repoussée à 2027", "reportée au premier trimestre 2027", "décalée jusqu'en juin".
     */
    private static final Pattern TARGET = Pattern.compile(
            "\\b(?:to|until|till|into|à|au|aux|jusqu'à|jusqu’à|jusqu'en|jusqu’en|jusqu'au|jusqu’au)\\s+"
                    + "(?:(?:la|le|les|the|early|late|mid|fin|début|l'|l’|mi-|mid-)\\s*)*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Characters looked at before a date for "as of". */
    private static final int CUE_WINDOW = 60;
    /**
     * Relations by which a clause with a time of its own hangs on a word, going up from a trigger: a relative or
     * participle clause on a noun ("Mistral AI (co-founded by ...)"), an adverbial clause, a clause set beside ("—many
     * to found ..."). A conjoined verb may share the date of the first ("In 2019, X acquired Y and launched Z"; its
     * own date, nearer, wins), and complements ("said on Monday it was making", "agreed in May to acquire") share
     * their governor's time.
     */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "acl:relcl", "advcl", "advcl:relcl",
            "parataxis", "list", "dep");
    /** Down from the common governor to a date, a complement clause has its own time too ("X said Y had left in 2019"). */
    private static final Set<String> CLAUSE_RELATIONS_DOWN = Set.of("acl", "acl:relcl", "advcl", "advcl:relcl",
            "parataxis", "list", "dep", "conj", "ccomp", "csubj");
    /** Subordinators of a clause at the same time as its governor: "soured around 2018 when Musk resigned". */
    private static final Set<String> SAME_TIME_MARKS = Set.of("when", "as", "while", "lorsque", "lorsqu'", "lorsqu’",
            "quand", "alors", "pendant");
    /** Of those, the ones UD hangs on their clause's verb as an adverb ("advmod"), not as a marker. */
    private static final Set<String> SAME_TIME_ADVERBS = Set.of("when", "while", "quand", "lorsque");
    /** Modifier relations: a trigger used to describe another noun ("the founding agreement", "launch event"). */
    private static final Set<String> MODIFIER_RELATIONS = Set.of("amod", "compound");
    /** Auxiliaries of the pluperfect: "had founded", "avait fondé", "était parti". */
    private static final Set<String> PLUPERFECT_AUX = Set.of("had", "'d", "avait", "avaient", "avais", "avions", "aviez",
            "était", "étaient", "étais", "étions", "étiez", "hatte", "hatten", "había", "habían");
    private static final Pattern PLUPERFECT_TEXT = Pattern.compile(
            "\\b(?:had|avait|avaient|hatte|hatten|había|habían)\\s+(?:\\p{L}+\\s+)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** Roles naming what an event is about, whose own date is the event's ("acquired Y in 2014 and Z in 2016"). */
    private static final Set<String> OBJECT_ROLES = Set.of("product", "acquired", "founded");

    private TriggerDates() {
    }

    /**
     * The date of one event told by a trigger.
     *
     * @param type         the event's type
     * @param founderNoun  whether the trigger is a founder noun ("co-founder of X")
     * @param timeClause   whether the trigger opens a time clause ("Before joining X, ...")
     * @param participants the event's participants
     * @param mentions     the sentence's entity mentions
     * @param times        the sentence's dates
     * @param fallback     the paragraph's last date before this sentence, or null
     * @return the date and its distance to the trigger ({@link Integer#MAX_VALUE} when none of the sentence's)
     */
    static Chosen choose(String lang, EventType type, boolean founderNoun, boolean timeClause, AnalyzedSentence s, int trigger,
                         Triggers.Hit hit, List<Participant> participants, List<EntityMention> mentions,
                         List<TimeMention> times, EventDate fallback) {
        List<TimeMention> own = timeClause ? TriggerReading.clauseDates(s.text(), hit, times) : times;
        // "acquisitions (e.g., A in 2002, B in 2003)": a listed object's own date is its event's, in whatever clause
        TimeMention listed = ListedObjects.listedDate(type, participants, s, mentions, own);
        if (listed != null && (type == EventType.FUNDING || !asOf(s.text(), listed))) {
            return new Chosen(listed.date(), dateDistance(s, trigger, hit, listed));
        }
        // a delay told with only the new date it sets is dated where the page's time is known ({@link #delayDate})
        List<TimeMention> dates = datesFor(type, founderNoun, s, trigger, hit, own);
        if (!dates.isEmpty()) {
            List<Integer> objects = objectTokens(s, trigger, participants, mentions);
            TimeMention nearest = dates.stream()
                    .min(Comparator.comparingInt(t -> distance(s, trigger, hit, objects, t))).orElseThrow();
            TimeMention end = finerAfterLabel(s.text(), dates, spanEnd(lang, type, s, own, nearest));
            return new Chosen(end.date(), distance(s, trigger, hit, objects, nearest));
        }
        // the parse is read (modifier, pluperfect) only when there is a paragraph date it could give; a date told in a
        // clause below the trigger's ("X, who had joined DHL in 2017, was named chief executive") is set aside without
        // dating the trigger's own clause, which is told in the story's time
        boolean narrative = fallback != null && !timeClause && !founderNoun && !modifiesANoun(s, trigger)
                && (dates.size() == times.size() || onlyBelow(s, trigger, times)) && !pluperfect(s, trigger, hit);
        return new Chosen(narrative ? fallback : null, Integer.MAX_VALUE);
    }

    /**
     * Of a span of time ("CEO from 2014 to 2024", "ran sales at X between 2012 and 2019", "(2015–2018)"), the end dates
     * a leaving and the start a joining or a taking of a role, whichever of the two is nearer the trigger; any other
     * date is itself.
     */
    static TimeMention spanEnd(String lang, EventType type, AnalyzedSentence s, List<TimeMention> times, TimeMention chosen) {
        int i = times.indexOf(chosen);
        if (i < 0) return chosen;
        RangeLinks links = RangeLinks.forLanguage(lang);
        if (type == EventType.DEPARTURE && i + 1 < times.size() && links.spans(s.text(), chosen, times.get(i + 1))) {
            return times.get(i + 1);
        }
        if ((type == EventType.JOIN || type == EventType.APPOINTMENT) && i > 0 && links.spans(s.text(), times.get(i - 1), chosen)) {
            return times.get(i - 1);
        }
        return chosen;
    }

    /**
     * A label's year told again, finer, in the text after its colon ("IPO aux États-Unis (2014) : Alibaba est entrée en
     * bourse en septembre 2014", "Brume 1 (2023): the first model, released on 1 June 2023"): the label sums the item up,
     * so its event is at the finer date, when the text gives exactly one of that year. Any other date is itself.
     */
    static TimeMention finerAfterLabel(String sentence, List<TimeMention> dates, TimeMention chosen) {
        EventDate year = chosen.date();
        if (year == null || year.precision() != EventDate.Precision.YEAR || year.mod() != null) return chosen;
        int colon = sentence.indexOf(':', chosen.end());
        if (colon < 0 || !LABEL_CLOSE.matcher(sentence.substring(chosen.end(), colon)).matches()) return chosen;
        TimeMention finer = null;
        for (TimeMention t : dates) {
            EventDate d = t.date();
            if (t.start() <= colon || d == null || d.precision() == EventDate.Precision.YEAR || d.year() != year.year()) continue;
            if (finer != null && !finer.date().equals(d)) return chosen;
            finer = t;
        }
        return finer == null ? chosen : finer;
    }

    /** What may stand between a label's year and its colon: "(2014) :", "**Brume 1 (2023)** :". */
    private static final Pattern LABEL_CLOSE = Pattern.compile("[)\\]*\\s]*");

    /** A chosen date (or null) and how far it is from its trigger. */
    record Chosen(EventDate date, int distance) {
        /** How many dependency edges away the date is. */
        int edges() {
            return distance / PER_EDGE;
        }
    }

    /**
     * How far a date is from the trigger: dependency edges first ("was acquired by Google in 2014" is nearer to its
     * own "in 2014" than to "in 2012" of the clause before, though that one is fewer characters away), then characters.
     */
    static int dateDistance(AnalyzedSentence s, int trigger, Triggers.Hit hit, TimeMention t) {
        int head = head(s, t);
        int edges = head < 0 ? FAR : Math.min(FAR, s.distance(trigger, head));
        int chars = t.start() >= hit.end() ? t.start() - hit.end() : Math.max(0, hit.start() - t.end());
        return edges * PER_EDGE + Math.min(chars, PER_EDGE - 1);
    }

    /** The distance to the trigger, or to what the event is about when that is nearer in the parse. */
    private static int distance(AnalyzedSentence s, int trigger, Triggers.Hit hit, List<Integer> objects, TimeMention t) {
        int d = dateDistance(s, trigger, hit, t);
        int head = head(s, t);
        if (head < 0 || s.deps() == null) return d;
        for (int o : objects) {
            int edges = Math.min(FAR, s.distance(o, head));
            int chars = Math.abs(s.tokens().get(o).beginPosition() - s.begin() - t.start());
            d = Math.min(d, edges * PER_EDGE + Math.min(chars, PER_EDGE - 1));
        }
        return d;
    }

    /**
     * The dates that can date an event of this type: only those of the trigger's own clause; not "as of October
     * 2025" (a state of affairs), except for a funding or valuation, which is the state on that day; a since-date
     * never dates a leaving ("head of research since 2023, is leaving"), and dates a taking of a role only right next
     * to it (two dependency edges at most, or right after the trigger: "CEO since 2023"); a founder noun or a trigger
     * describing another noun ("the founding agreement") takes only a date of its own phrase.
     */
    static List<TimeMention> datesFor(EventType type, boolean founderNoun, AnalyzedSentence s, int trigger,
                                      Triggers.Hit hit, List<TimeMention> times) {
        List<TimeMention> out = new ArrayList<>();
        List<TimeMention> targets = new ArrayList<>();
        for (TimeMention t : times) {
            if (t.date() == null || !inClauseOf(s, trigger, t)) continue;
            if (type != EventType.FUNDING && asOf(s.text(), t)) continue;
            // "En septembre 2025, la sortie de Vega 3 a été repoussée à 2026": the delay is of September 2025 (a delay
            // told with its new date only keeps that one: "repoussé à fin 2026" is often told the same year)
            if (type == EventType.DELAY && cueBefore(TARGET, s.text(), t)) {
                targets.add(t);
                continue;
            }
            boolean near = dateDistance(s, trigger, hit, t) < 3 * PER_EDGE;
            // "fondateur d'Aleph Alpha, a quitté l'entreprise en novembre 2025": a founder noun takes a date of its
            // own phrase only ("co-founder and CEO since 1993"), not the sentence's
            if (type == EventType.FOUNDING && founderNoun && (!near || ofAVerb(s, t))) continue;
            if (modifiesANoun(s, trigger) && dateDistance(s, trigger, hit, t) >= 2 * PER_EDGE) continue;
            if (SINCE.matcher(t.text()).find()) {
                if (type == EventType.DEPARTURE) continue;
                if ((type == EventType.JOIN || type == EventType.APPOINTMENT)
                        && !(near || t.start() >= hit.start() && t.start() - hit.end() <= 2)) continue;
            }
            out.add(t);
        }
        return out.isEmpty() ? targets : out;
    }

    /** The new date a delay sets in a sentence ("repoussé à mars 2026": 2026-03), or {@code null}. */
    static EventDate newDate(String sentence, List<TimeMention> times) {
        return times.stream().filter(t -> t.date() != null && cueBefore(TARGET, sentence, t)).map(TimeMention::date)
                .findFirst().orElse(null);
    }

    /**
     * The date of a delay, decided here only. A delay happens when it is told, not at the new date it sets:
     * <ul>
     * <li>a date of its own clause that is not the new date ("En septembre 2025, la sortie de Vega 3 a été repoussée à
     * 2026": September 2025) is its date, unless it is still to come at publication (then it is the new date: "Cirrus
     * 3 n'arrivera qu'en 2027 : Stratus a reporté son lancement");</li>
     * <li>told with only the new date it sets ("sa déclinaison, prévue pour l'été, a été reportée à 2027"), it is at
     * the time its own part of the page gives (paragraph, list item, section, table), not one carried from another
     * part ("... en 2024." then "X a été repoussé à mars 2026"), nor one still to come (a heading "Lex 3 attendu à
     * l'automne" names the new date too);</li>
     * <li>else at the new date when that is past, else at the publication's month ("pushed back to early 2027" in a
     * story of November 2026 happened in November 2026).</li>
     * </ul>
     *
     * @param chosen    the date the trigger's clause gave it ({@link #choose}), or the page's, or {@code null}
     * @param local     the time the delay's own part of the page gives ({@link PageDates#local}), or {@code null}
     * @param published the publication day, or {@code null}
     */
    static EventDate delayDate(String sentence, List<TimeMention> times, EventDate chosen, EventDate local,
                               java.time.LocalDate published) {
        if (chosen == null) return null;
        boolean toCome = published != null && chosen.start().isAfter(published);
        boolean own = times.stream().anyMatch(t -> chosen.equals(t.date()) && !cueBefore(TARGET, sentence, t));
        boolean target = times.stream().anyMatch(t -> chosen.equals(t.date()) && cueBefore(TARGET, sentence, t));
        if (own && !toCome) return chosen;
        if (local != null && (published == null || !local.start().isAfter(published))) return local;
        EventDate set = own || target ? chosen : newDate(sentence, times);
        if (set == null) return chosen;
        return published != null && set.start().isAfter(published) ? EventDate.of(published.toString().substring(0, 7)) : set;
    }

    /** "as of October 2025", "en date du 3 mars": the date of a state of affairs. */
    private static boolean asOf(String sentence, TimeMention t) {
        return cueBefore(AS_OF, sentence, t);
    }

    /** Whether {@code cue} ends the {@value #CUE_WINDOW} characters before a date ("as of", "pushed back to"). */
    private static boolean cueBefore(Pattern cue, String sentence, TimeMention t) {
        return cue.matcher(sentence.substring(Math.max(0, t.start() - CUE_WINDOW), t.start())).find();
    }

    /**
     * Whether a date belongs to the trigger's clause: the parse path from the trigger up to the word that governs
     * both, then down to the date, enters or leaves no other clause ("a partnership that began in 2019" going down,
     * "(co-founded by ...)" going up); a date written inside a clause conjoined to the trigger is that clause's,
     * wherever the parser hung it. Without a parse every date belongs.
     */
    static boolean inClauseOf(AnalyzedSentence s, int trigger, TimeMention t) {
        return inClauseOf(s, trigger, head(s, t));
    }

    /**
     * Whether every date of a sentence lies in a clause that hangs below the trigger's (a relative, adverbial or
     * complement clause reached going down from the word that governs both), the trigger's own clause being reached
     * without leaving another: "Marcus Bell, who had joined DHL in 2017, was named chief executive" tells the naming
     * with no date of its own. Not when the trigger is itself in a clause hung on a dated one ("only three remained by
     * mid-2025, ... to found rivals like Mistral AI (co-founded by ...)"), nor without a parse.
     */
    static boolean onlyBelow(AnalyzedSentence s, int trigger, List<TimeMention> times) {
        if (s.deps() == null || times.isEmpty()) return false;
        for (TimeMention t : times) {
            int date = head(s, t);
            if (t.date() == null || date < 0 || place(s, trigger, date) != Place.BELOW) return false;
        }
        return true;
    }

    /** Where a date lies from a trigger's clause: in it, in a clause below it, or elsewhere (above or beside it). */
    private enum Place { SAME, BELOW, ELSEWHERE }

    /** Whether a token belongs to the trigger's clause (see {@link #inClauseOf(AnalyzedSentence, int, TimeMention)}). */
    private static boolean inClauseOf(AnalyzedSentence s, int trigger, int date) {
        return place(s, trigger, date) == Place.SAME;
    }

    /** Where a token lies from the trigger's clause (see {@link #inClauseOf(AnalyzedSentence, int, TimeMention)}). */
    private static Place place(AnalyzedSentence s, int trigger, int date) {
        if (s.deps() == null || date < 0) return Place.SAME;
        List<Integer> up = ancestors(s, trigger);
        List<Integer> fromDate = ancestors(s, date);
        int common = -1;
        for (int a : up) {
            if (fromDate.contains(a)) {
                common = a;
                break;
            }
        }
        if (common < 0) return Place.SAME;
        for (int i = 0; i + 1 < up.size() && up.get(i) != common; i++) {
            int child = up.get(i);
            int parent = up.get(i + 1);
            String r = s.relation(parent, child);
            // "quitte Orbit, où elle était directrice depuis 2021, et rejoint Veltra": the parser conjoins the joining
            // to the relative clause's head; it is the main clause's, and the relative clause hangs below it
            if ("conj".equals(r) && conjoinedAfterARelative(s, parent, child)) return Place.BELOW;
            if (r == null || !CLAUSE_RELATIONS.contains(r) || !clausal(s, child)) continue;
            if (sharesTime(s, parent, child, true) || parent == common && purpose(s, child)) continue;
            // "X acquired Y, the company said on Monday" parsed with the report as the root
            if (reportedAfter(s, child, parent, r)) continue;
            // "une croissance explosive en 2001, portée par la sortie de X", "growth in 2001, driven by the launch of
            // X": the trigger is the agent of a participle on a dated noun, whose time is the event's
            if (r.equals("acl") && i > 0 && agentOf(s, child, up.get(i - 1))) continue;
            // a relative clause on the date's own words tells that time: "2019, the year its founder left Google"
            if (parent == date && r.startsWith("acl")) continue;
            if (mainVerbMisread(s, parent, child, r)) continue;
            return Place.ELSEWHERE;
        }
        // a date written inside a clause conjoined to the trigger is that clause's, wherever the parser hung it
        for (int d : s.dependents(trigger)) {
            if ("conj".equals(s.relation(trigger, d)) && verbal(s, d) && d > trigger && within(s, d, date)
                    && !sharesTime(s, trigger, d, false)) return Place.ELSEWHERE;
        }
        for (int i = 0; i + 1 < fromDate.size() && fromDate.get(i) != common; i++) {
            int child = fromDate.get(i);
            int parent = fromDate.get(i + 1);
            String r = s.relation(parent, child);
            if (r == null || !CLAUSE_RELATIONS_DOWN.contains(r) || !clausal(s, child) || sharesTime(s, parent, child, false)) continue;
            if (reportedAfter(s, trigger, child, r)) continue;
            if (asideOn(s, trigger, child)) continue;
            // "a quitté Orbit, où elle était ingénieure, en 2022", "left Orbit, where she was an engineer, in 2022": the
            // parser hangs the date after the comma that closes the relative clause on its head; it is the main clause's
            if (r.equals("acl:relcl") && i == 1 && afterClosingComma(s, child, date)) continue;
            // "X's acquisition of Y was a landmark deal completed in 2019": a clause on the predicate noun tells of
            // the subject
            if (parent == common && r.startsWith("acl") && hasDependent(s, parent, "cop")) continue;
            // "l'acquisition, annoncée en juillet, de Lexio", "the acquisition, completed in May, of X": a participle
            // clause on the event's own noun tells the event's time (not a relative clause: "that began in 2019")
            if (parent == trigger && r.equals("acl") && PosTags.commonNoun(s.tokens().get(trigger).tag())) continue;
            return Place.BELOW;
        }
        return Place.SAME;
    }

    /**
     * Clauses that tell the same moment as the word they hang on: a label and the text after its colon ("IPO
     * (2014): Alibaba went public ..."); a when-clause ("soured around 2018 when Musk resigned", "lorsque"); a present participle with no subordinating word or with "with"/"avec"
     * ("went public in September 2014, raising $25 billion", "acquérant des participations dans Lazada (2016)",
     * "remained by mid-2025, with 11 departing over two years"), not "after raising". Going up from a trigger, a
     * perfect participle shares its governor's date too ("restaient à la mi-2025, huit étant partis"); going down to
     * a date, a purpose infinitive does ("joined X in 2024 to lead", the parser hanging the date on "lead"); going up,
     * an event told in one takes only a date of the verb it hangs on ("partie en 2023 pour fonder X"), not one
     * further up ("restaient à la mi-2025, ... partis en deux ans, beaucoup pour fonder ...").
     *
     * @param up whether the trigger is in the child clause (true) or the date is (false)
     */
    private static boolean sharesTime(AnalyzedSentence s, int parent, int child, boolean up) {
        int from = Math.min(parent, child);
        int to = Math.max(parent, child);
        if (s.span(from, to + 1).contains(":")) return true;
        String tag = s.tokens().get(child).tag();
        String word = s.tokens().get(child).word().toLowerCase(Locale.ROOT);
        String mark = null;
        boolean perfect = false;
        for (int d : s.dependents(child)) {
            String r = s.relation(child, d);
            String w = s.tokens().get(d).word().toLowerCase(Locale.ROOT);
            if ("mark".equals(r) && d < child) mark = w;
            // UD hangs "when" and "while" on their clause's verb as an adverb, not a marker ("when Musk resigned")
            if ("advmod".equals(r) && d < child && mark == null && SAME_TIME_ADVERBS.contains(w)) mark = w;
            if (r != null && r.startsWith("aux") && (w.equals("étant") || w.equals("ayant"))) perfect = true;
        }
        if (!up && purpose(s, child)) return true;
        if (perfect) return up;
        if (mark != null && SAME_TIME_MARKS.contains(mark)) return true;
        if (mark != null && !mark.equals("with") && !mark.equals("avec")) return false;
        return "VBG".equals(tag) || "VERB".equals(tag) && word.endsWith("ant") && word.length() > 4;
    }

    /**
     * An aside that retells the trigger's event with its date: a clause in parentheses opened right after the trigger
     * and its object, whose subject is a pronoun or absent ("Early talents like Ng departed (he left in 2017 to start
     * his own ventures)", "ont quitté X (il est parti en 2021 pour fonder ...)"). A clause in parentheses that names its
     * own subject tells of something else ("(though DeepMind was acquired by Google the following year)").
     */
    private static boolean asideOn(AnalyzedSentence s, int trigger, int clause) {
        int open = -1;
        for (int i = trigger + 1; i < s.tokens().size() && i <= trigger + ASIDE_REACH; i++) {
            String w = s.tokens().get(i).word();
            if (Parentheses.opens(w)) {
                open = i;
                break;
            }
            if (verbal(s, i) || Parentheses.closes(w) || w.equals(",") || w.equals(";")) return false;
        }
        if (open < 0 || clause <= open) return false;
        for (int i = open + 1; i < clause; i++) {
            String w = s.tokens().get(i).word();
            if (Parentheses.closes(w)) return false;
        }
        for (int d : s.dependents(clause)) {
            String r = s.relation(clause, d);
            if (r == null || !r.startsWith("nsubj")) continue;
            String tag = s.tokens().get(d).tag();
            if (!("PRP".equals(tag) || "PRON".equals(tag))) return false;
        }
        return true;
    }

    /**
     * A reporting clause set after the event it reports ("Solvane a levé 12 millions d'euros, a annoncé la société le 23
     * novembre", "Veltrix bought Brisel, the company said on Monday"): news tells an event on the day it is announced,
     * so the report's date is the event's.
     */
    private static boolean reportedAfter(AnalyzedSentence s, int told, int clause, String relation) {
        if (!"parataxis".equals(relation) || clause < told) return false;
        String lemma = s.tokens().get(clause).lemma();
        return lemma != null && Cues.bundled().is(REPORTING_VERB, lemma);
    }

    /** The list of lemmas of verbs that report what was said or announced, in {@code extract/cues.tsv}. */
    static final String REPORTING_VERB = "reporting-verb";

    /** How many tokens after a trigger its aside in parentheses may open (the object's words lie between). */
    private static final int ASIDE_REACH = 6;

    /**
     * The sentence's main verb hung as an unknown dependent ("dep") on a name the parser took for the root: "In 1968,
     * Noyce, along with A and B, left X to ..." read as a noun phrase "Noyce" with "left" beside it. It is no clause of
     * its own: the sentence's dates are its dates.
     */
    private static boolean mainVerbMisread(AnalyzedSentence s, int parent, int child, String relation) {
        if (!"dep".equals(relation) || verbal(s, parent) || !s.governors(parent).isEmpty()) return false;
        for (int d : s.dependents(parent)) {
            if (d != child && verbal(s, d) && !"aux".equals(s.relation(parent, d)) && !"cop".equals(s.relation(parent, d))) return false;
        }
        return true;
    }

    /**
     * A verb conjoined to the head of a relative clause that the relative clause cannot own: the relative word is not
     * its subject (a subject of its own follows "où", "where"), the verb has no subject, and a comma closes the relative
     * clause before the conjunction ("quitte Orbit, où elle était directrice depuis 2021, et rejoint Veltra", "leaves
     * Orbit, where she was head of sales since 2021, and joins Veltra").
     */
    private static boolean conjoinedAfterARelative(AnalyzedSentence s, int relative, int verb) {
        if (!verbal(s, verb) || verb < relative) return false;
        boolean onANoun = false;
        for (int g : s.governors(relative)) {
            if ("acl:relcl".equals(s.relation(g, relative))) onANoun = true;
        }
        if (!onANoun) return false;
        int subject = -1;
        int first = relative;
        for (int d : s.dependents(relative)) {
            String r = s.relation(relative, d);
            if (r != null && r.startsWith("nsubj")) subject = d;
            if (r != null && !r.equals("punct")) first = Math.min(first, d);
        }
        if (subject < 0 || first >= subject) return false;
        int cc = verb;
        for (int d : s.dependents(verb)) {
            String r = s.relation(verb, d);
            if (r != null && r.startsWith("nsubj")) return false;
            if ("cc".equals(r) && d < cc) cc = d;
        }
        return cc != verb && cc > 0 && s.tokens().get(cc - 1).word().equals(",");
    }

    /**
     * Whether a date hung on a relative clause's head comes right after a comma that closes that clause: the comma
     * hangs on the head, after it, and only the date's own words (its preposition) stand between it and the date.
     */
    private static boolean afterClosingComma(AnalyzedSentence s, int relative, int date) {
        int first = date;
        for (int d : s.dependents(date)) first = Math.min(first, d);
        int comma = first - 1;
        if (comma <= relative || !s.tokens().get(comma).word().equals(",")) return false;
        return s.governors(comma).contains(relative) && s.governors(date).contains(relative);
    }

    /** A purpose infinitive: "to lead", "pour fonder". */
    private static boolean purpose(AnalyzedSentence s, int verb) {
        String tag = s.tokens().get(verb).tag();
        String word = s.tokens().get(verb).word().toLowerCase(Locale.ROOT);
        for (int d : s.dependents(verb)) {
            if (!"mark".equals(s.relation(verb, d)) || d > verb) continue;
            String mark = s.tokens().get(d).word().toLowerCase(Locale.ROOT);
            if (mark.equals("to") && "VB".equals(tag)
                    || mark.equals("pour") && "VERB".equals(tag) && word.matches(".*(?:er|ir|re)")) return true;
        }
        return false;
    }

    /** Whether a token lies within the words of a token's subtree (from its leftmost to its rightmost word). */
    private static boolean within(AnalyzedSentence s, int head, int token) {
        int[] span = {head, head};
        subtreeSpan(s, head, span, 0);
        return token >= span[0] && token <= span[1];
    }

    private static void subtreeSpan(AnalyzedSentence s, int token, int[] span, int depth) {
        if (depth > 40) return;
        for (int d : s.dependents(token)) {
            span[0] = Math.min(span[0], d);
            span[1] = Math.max(span[1], d);
            subtreeSpan(s, d, span, depth + 1);
        }
    }

    private static boolean hasDependent(AnalyzedSentence s, int governor, String relation) {
        for (int d : s.dependents(governor)) {
            if (relation.equals(s.relation(governor, d))) return true;
        }
        return false;
    }

    /** The token and its governors up to the root, nearest first (the basic parse is a tree). */
    private static List<Integer> ancestors(AnalyzedSentence s, int token) {
        List<Integer> out = new ArrayList<>();
        int at = token;
        while (at >= 0 && out.size() <= s.tokens().size() && !out.contains(at)) {
            out.add(at);
            List<Integer> g = s.governors(at);
            at = g.isEmpty() ? -1 : g.getFirst();
        }
        return out;
    }

    /**
     * The head of a clause: a verb, or a noun or adjective with a copula ("Stratus, où elle était directrice de la
     * recherche depuis 2022", "Corlane, where she was head of sales from 2015"), which UD makes the head of its clause.
     */
    private static boolean clausal(AnalyzedSentence s, int token) {
        return verbal(s, token) || hasDependent(s, token, "cop");
    }

    /** Whether {@code agent} is the agent ("par", "by") of the participle {@code participle}. */
    private static boolean agentOf(AnalyzedSentence s, int participle, int agent) {
        String r = s.relation(participle, agent);
        return r != null && r.endsWith(":agent");
    }

    /** A verb, auxiliary or participle: the head of a clause. */
    private static boolean verbal(AnalyzedSentence s, int token) {
        String tag = s.tokens().get(token).tag();
        return tag != null && (tag.startsWith("VB") || tag.equals("VERB") || tag.equals("AUX") || tag.equals("MD"));
    }

    /** "the founding agreement", "launch event": the trigger describes another noun and tells no event of its own. */
    static boolean modifiesANoun(AnalyzedSentence s, int trigger) {
        for (int g : s.governors(trigger)) {
            String r = s.relation(g, trigger);
            String tag = s.tokens().get(g).tag();
            // a common noun only: "acquiring DNNresearch" misread as a modifier of the name is a verb and its object
            if (r != null && MODIFIER_RELATIONS.contains(r) && g > trigger
                    && ("NN".equals(tag) || "NNS".equals(tag) || "NOUN".equals(tag))) return true;
        }
        return false;
    }

    /**
     * "had founded", "avait fondé", "était parti": the pluperfect tells what came before the narrative's time, so the
     * paragraph's date does not date it.
     */
    static boolean pluperfect(AnalyzedSentence s, int trigger, Triggers.Hit hit) {
        if (s.deps() == null) return PLUPERFECT_TEXT.matcher(TriggerReading.before(s.text(), hit)).find();
        for (int d : s.dependents(trigger)) {
            if ("aux".equals(s.relation(trigger, d))
                    && PLUPERFECT_AUX.contains(s.tokens().get(d).word().toLowerCase(Locale.ROOT))) return true;
        }
        // a rule whose words begin with the auxiliary ("avait dirigé l'entreprise"): the auxiliary is in the hit itself
        int first = s.tokenAt(s.begin() + hit.start());
        int last = s.tokenAt(s.begin() + hit.end() - 1);
        for (int k = Math.max(0, first); k >= 0 && k <= last; k++) {
            if (!PLUPERFECT_AUX.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) continue;
            for (int g : s.governors(k)) {
                if ("aux".equals(s.relation(g, k))) return true;
            }
        }
        return false;
    }

    /** True when the parse hangs the date on a verb ("qui a démissionné en avril 2026"), not on a noun ("CEO since 1993"). */
    private static boolean ofAVerb(AnalyzedSentence s, TimeMention t) {
        int head = head(s, t);
        if (head < 0) return false;
        for (int g : s.governors(head)) {
            if (PosTags.verb(s.tokens().get(g).tag())) return true;
        }
        return false;
    }

    /** The head tokens of the mentions of the participants the event is about (product, acquired, founded). */
    private static List<Integer> objectTokens(AnalyzedSentence s, int trigger, List<Participant> participants,
                                              List<EntityMention> mentions) {
        List<Integer> out = new ArrayList<>();
        for (Participant p : participants) {
            if (p == null || !OBJECT_ROLES.contains(p.role())) continue;
            mentions.stream().filter(m -> m.entity().key().equals(p.entity().key()))
                    .min(Comparator.comparingInt(m -> Math.abs(m.from() - trigger)))
                    .ifPresent(m -> out.add(s.head(m.from(), m.to())));
        }
        // an object told in another clause ("Y, which X launched in 2019") does not bring its clause's dates
        out.removeIf(o -> !inClauseOf(s, trigger, o));
        return out;
    }

    /** The token that heads a date's words in the parse, or -1 when its offsets map to no token. */
    private static int head(AnalyzedSentence s, TimeMention t) {
        int from = s.tokenAt(s.begin() + t.start());
        int to = s.tokenAt(s.begin() + Math.max(t.start(), t.end() - 1));
        return from < 0 || to < 0 ? -1 : s.head(from, to + 1);
    }
}
