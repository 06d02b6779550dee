package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds temporal expressions in a sentence and normalizes them to {@link EventDate}s, with plain regexes.
 *
 * <p>Immutable and thread-safe: patterns are compiled once per language; all per-article state lives in the
 * {@link TimeContext} the caller passes. Overlapping matches are settled longest first, so "by the end of 2024"
 * wins over "2024". Relative expressions resolve against the last date mentioned before them (earlier in the
 * sentence, else in the article), else the publication date; deictic ones ("last year", "il y a trois ans",
 * "yesterday") against the publication date only. Expressions that cannot be resolved are left out.
 *
 * <p>Choices where the text is vague:
 * <ul>
 *   <li>a decade ("the 2010s", "les années 90", "the seventies") is its first year with APPROX; "the late 1990s" is
 *       1990 END (the annotation rules' convention);</li>
 *   <li>a range ("2019-2021", "de 2019 à 2021", "May to July 2024", "du 3 au 5 avril") gives two mentions, start
 *       and end, without modifiers;</li>
 *   <li>"since 2019"/"depuis 2019" is AFTER; "by 2025"/"d'ici 2025" is BEFORE, but "by the end of 2024" is END;</li>
 *   <li>a season is its year, as the annotations write it, summer with MID and autumn with END; the year of one told
 *       without it is chosen by the quarter it mostly falls in (spring Q2, summer Q3, autumn Q4, winter Q1);</li>
 *   <li>a week ("last week", "three weeks later") is the month it falls in, since values have no week precision;</li>
 *   <li>a bare weekday ("on Monday", "lundi") is the latest such day on or before publication (the first on or
 *       after it in the future tense), "last"/"dernier" strictly before, "next"/"prochain" strictly after,
 *       "this"/"ce" in the publication week;</li>
 *   <li>"earlier this year"/"plus tôt cette année" is the publication year, without modifier;</li>
 *   <li>"in May"/"en avril", "le 21 décembre", "the third quarter" take the year of the last date of the article;
 *       before any, the publication date's and the tense's ({@link Periods#inContext}); "the following month" needs
 *       an anchor with a month;</li>
 *   <li>a month, day, quarter, half or season composes with a year phrase ("August last year", "novembre de
 *       l'année dernière", "octobre 98", "the second half of this year"; {@link YearPhrases});</li>
 *   <li>vague words ("recently", "récemment", "a few years later") are claimed and give nothing.</li>
 * </ul>
 */
public final class DateFinder {
    private static final Comparator<Candidate> LONGEST_FIRST = Comparator
            .comparingInt((Candidate c) -> c.start - c.end)
            .thenComparingInt(c -> c.rule)
            .thenComparingInt(c -> c.start);
    /** A story's year no article tells, to see which relative expressions do not count from the story. */
    private static final EventDate FAR_OFF = EventDate.of("1900");
    /** Longer than any modifier prefix ("d'ici à la fin de l'", "no later than "). */
    private static final int PREFIX_WINDOW = 48;

    private final String language;
    private final List<Rule> rules;
    private final Pattern prefix;
    private final Tense.Cues tenses;

    private DateFinder(String language, String prefixRegex, List<Rule> rules) {
        this.language = language;
        this.prefix = Pattern.compile(prefixRegex + "\\z", Rule.FLAGS);
        this.rules = List.copyOf(rules);
        this.tenses = Tense.Cues.forLanguage(language);
    }

    /**
     * The finder for a language: "en" or "fr" (any case, region suffixes ignored); any other language, or null,
     * gets the English and numeric rules, reading "05/04/2025" day first.
     */
    public static DateFinder forLanguage(String lang) {
        String code = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        if (code.startsWith("fr")) return Holder.FRENCH;
        if (code.startsWith("en")) return Holder.ENGLISH;
        return Holder.OTHER;
    }

    /** The language this finder was made for ("en", "fr", or "other"). */
    public String language() {
        return language;
    }

    /**
     * The temporal expressions of one sentence, in order, resolved against the context; the context is read,
     * never changed (call {@link TimeContext#advance} afterwards).
     *
     * @param sentence the sentence text; offsets in the result index into it
     * @param context  the article's context; null means no publication date and no earlier date
     * @return the mentions, ordered by offset, possibly empty, never null
     */
    public List<TimeMention> find(String sentence, TimeContext context) {
        return find(sentence, context, Governor.Finder.NONE);
    }

    /**
     * The same, the tense of a date without a year read from the verb it depends on ({@code governors}) when the
     * cue words may give it another clause's tense ({@link Tense#uncertain}): "Racheté par Helixa le 25 novembre, Nimbo sera intégré ..." is a past
     * November whatever "sera" says.
     */
    public List<TimeMention> find(String sentence, TimeContext context, Governor.Finder governors) {
        Objects.requireNonNull(sentence, "sentence");
        TimeContext ctx = context == null ? new TimeContext(null) : context;
        List<Candidate> chosen = choose(candidates(sentence));
        List<TimeMention> out = new ArrayList<>(chosen.size());
        Anchor anchor = new Anchor(ctx.relativeAnchor(), ctx.published(),
                ctx.lastExplicit() == null || !ctx.framing() && ctx.published() != null, Tense.UNKNOWN, ctx.narrativeAnchor());
        Anchor beforeLast = anchor;
        int lastEnd = -1;
        List<Tense.Found> cues = null;
        for (Candidate c : chosen) {
            Rule rule = rules.get(c.rule);
            boolean appositive = rule.relative() && lastEnd >= 0 && isApposition(sentence, lastEnd, c.start);
            Anchor use = appositive ? beforeLast : anchor;
            if (rule.relative()) {
                if (cues == null) cues = tenses.find(sentence);
                Tense tense = Tense.near(cues, sentence, c.start, c.end);
                Governor g = Tense.uncertain(cues, sentence, c.start, c.end) ? governors.of(c.start, c.end) : null;
                use = use.in(g == null ? tense : Tense.governing(cues, g, tense));
            }
            // what the expression gives when the story is told in a far-off year: the same date means it was counted
            // from the publication date alone ("last year"), not from the story ("the following year", "in May")
            List<Rule.Dated> alone = rule.relative() && ctx.published() != null
                    ? rule.resolver().resolve(c.match, new Anchor(FAR_OFF, ctx.published(), false, use.tense(), FAR_OFF)) : List.of();
            // what the expression gives in the story's year whatever its tense: a month the tense moved off that year
            // to fit the publication day ("... en avril. Le modèle devait sortir en septembre", published in June: the
            // September before) was placed by the publication day, and frames no later month ("lancera le 15 juin")
            List<Rule.Dated> untensed = rule.relative() && ctx.published() != null && !use.onPublication()
                    && use.tense() != Tense.UNKNOWN ? rule.resolver().resolve(c.match, use.in(Tense.UNKNOWN)) : List.of();
            List<Rule.Dated> resolved = rule.resolver().resolve(c.match, use);
            for (int k = 0; k < resolved.size(); k++) {
                Rule.Dated d = resolved.get(k);
                EventDate read = rule.seasonal() ? Periods.seasonYear(d.date()) : d.date();
                EventDate date = c.prefix == null ? read : Periods.withMod(read, Modifiers.of(c.prefix));
                int start = c.prefix == null ? d.start() : Math.min(d.start(), c.start);
                EventDate inStory = untensed.size() == resolved.size() ? untensed.get(k).date() : null;
                boolean movedByTense = d.date() != null && inStory != null && inStory.year() != d.date().year();
                boolean fromPublication = d.date() != null && (movedByTense || alone.stream().anyMatch(x -> d.date().equals(x.date())));
                out.add(new TimeMention(start, d.end(), sentence.substring(start, d.end()), date, rule.relative(), fromPublication));
                if (!appositive) {
                    beforeLast = anchor;
                    // a year told aside ("X, recruited in 2025, was fired in June") counts for relatives, not for a month
                    anchor = date != null && Frames.aside(sentence, new TimeMention(start, d.end(), "", date, false))
                            ? anchor.aside(date)
                            : Frames.placedOnPublication(use.onPublication(), rule.relative(), date) ? anchor.onPublication(date)
                            // "announced last September, began shipping in January": a date counted from the
                            // publication day alone places a later month told without a year by that day too
                            : fromPublication && date.precision() != EventDate.Precision.YEAR ? anchor.byPublication(date)
                            : anchor.after(date);
                }
                lastEnd = d.end();
            }
        }
        return out;
    }

    /**
     * Whether only a comma, dash or parenthesis separates two mentions: "left in May 2023, a decade later" describes
     * the date just given, so the relative one counts from the date before it and does not replace it as anchor.
     */
    private static boolean isApposition(String sentence, int from, int to) {
        if (to <= from) return false;
        String between = sentence.substring(from, to).strip();
        return between.equals(",") || between.equals("(") || between.equals("—") || between.equals("–")
                || between.equals("-");
    }

    /** The expressions of a sentence read on its own, with no publication date. */
    public List<TimeMention> find(String sentence) {
        return find(sentence, null);
    }

    private List<Candidate> candidates(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher before = null;
        byte[] gates = new byte[Gate.values().length];
        String lower = Gate.lower(sentence);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!passes(rule.gate(), sentence, lower, gates)) continue;
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                MatchResult pre = null;
                if (rule.prefix() != Rule.Prefix.NONE) {
                    if (before == null) before = prefix.matcher(sentence).useTransparentBounds(true);
                    pre = prefixBefore(before, m.start());
                    if (pre == null && rule.prefix() == Rule.Prefix.REQUIRED) continue;
                }
                found.add(new Candidate(i, m.toMatchResult(), pre, pre == null ? m.start() : pre.start(), m.end()));
            }
        }
        return found;
    }

    /** Whether the sentence passes the gate, testing each gate at most once per sentence (0 unknown, 1 yes, 2 no). */
    private static boolean passes(Gate gate, String sentence, String lower, byte[] known) {
        int i = gate.ordinal();
        if (known[i] == 0) known[i] = gate.test(sentence, lower) ? (byte) 1 : (byte) 2;
        return known[i] == 1;
    }

    /**
     * The modifier prefix ending exactly at {@code at}, or null: the pattern ends in {@code \\z}, so searching a
     * short window before the match finds the longest prefix there; the scan stays out of the rest of the sentence.
     */
    private static MatchResult prefixBefore(Matcher before, int at) {
        before.region(Math.max(0, at - PREFIX_WINDOW), at);
        return before.find() ? before.toMatchResult() : null;
    }

    /** Longest match first, then rule order; drops any candidate overlapping one already taken; result by offset. */
    private static List<Candidate> choose(List<Candidate> found) {
        if (found.size() <= 1) return found;
        found.sort(LONGEST_FIRST);
        BitSet taken = new BitSet();
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : found) {
            int s = c.start;
            int e = c.end;
            int next = taken.nextSetBit(s);
            if (next == -1 || next >= e) {
                taken.set(s, e);
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.start));
        return chosen;
    }

    /** A match of one rule, widened to the start of its modifier prefix when it has one. */
    private record Candidate(int rule, MatchResult match, MatchResult prefix, int start, int end) {
    }

    /** Rule sets built on first use, once per language. */
    private static final class Holder {
        static final DateFinder ENGLISH = new DateFinder("en", Modifiers.EN_PREFIX, concat(
                NumericRules.rules(false, "Q", "H"), EnglishRules.rules()));
        static final DateFinder FRENCH = new DateFinder("fr", Modifiers.FR_PREFIX, concat(
                NumericRules.rules(true, "QT", "HS"), FrenchRules.rules()));
        static final DateFinder OTHER = new DateFinder("other", Modifiers.EN_PREFIX, concat(
                NumericRules.rules(true, "Q", "H"), EnglishRules.rules()));

        private static List<Rule> concat(List<Rule> a, List<Rule> b) {
            List<Rule> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
