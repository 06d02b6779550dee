package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.chronograph.extract.time.TimeMention;
import org.chronograph.source.Block;

/**
 * What the learned event detector reads of a sentence: cheap and language-free, no dependency parse (reading it
 * would parse every sentence). The sentence's lower-cased lemmas (the word where the tagger gives none), its word
 * bigrams with each name replaced by its entity type and each date by {@code <date>} ("<Person> join", "join
 * <Company>"), its verb and noun lemmas, the trigger rules that fired (by event type and kind; not whether the rules
 * made an event of it: the detector is asked only where they made none, and learns from every sentence), the entity types it names (and their pairs), whether it gives a date and how precise, the page
 * block it stands in (heading, list item, table row, quote) and the language; the words of its section heading and the
 * verbs around each name; and (added by the extractor, {@code rule=TYPE}) the types the rules made of it. Stateless.
 */
final class EventFeatures {
    private EventFeatures() {
    }

    /**
     * The features of one sentence.
     *
     * @param block     the page block the sentence stands in, or {@code null}
     * @param mentions  the sentence's entity mentions (token ranges)
     * @param times     its dates (character offsets relative to the sentence)
     * @param hits      the trigger words the language's rules found in it
     */
    static SortedSet<String> of(String lang, AnalyzedSentence s, Block.Kind block, List<EntityMention> mentions,
                                List<TimeMention> times, List<Triggers.Hit> hits) {
        return of(lang, s, block, null, mentions, times, hits);
    }

    /**
     * As {@link #of(String, AnalyzedSentence, Block.Kind, List, List, List)}, with the words of the section heading the
     * sentence stands under ({@code null}: none).
     */
    static SortedSet<String> of(String lang, AnalyzedSentence s, Block.Kind block, AnalyzedSentence heading, List<EntityMention> mentions,
                                List<TimeMention> times, List<Triggers.Hit> hits) {
        SortedSet<String> f = new TreeSet<>();
        f.add("bias");
        f.add("lang=" + lang);
        f.add("block=" + (block == null ? "NONE" : block.name()));
        List<CoreLabel> tokens = s.tokens();
        String[] unit = new String[tokens.size()];
        for (EntityMention m : mentions) {
            for (int i = Math.max(0, m.from()); i < m.to() && i < unit.length; i++) unit[i] = "<" + m.type().name() + ">";
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (unit[i] != null) continue;
            CoreLabel t = tokens.get(i);
            int at = t.beginPosition() - s.begin();
            for (TimeMention tm : times) {
                if (at >= tm.start() && at < tm.end()) unit[i] = "<date>";
            }
            if (unit[i] != null) continue;
            String lemma = lemma(t);
            if (lemma.isEmpty()) continue;
            if (lemma.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')) {
                unit[i] = "<num>";
                continue;
            }
            if (!Character.isLetterOrDigit(lemma.codePointAt(0))) {
                unit[i] = lemma.equals("(") || lemma.equals("-lrb-") ? "(" : lemma.equals(")") || lemma.equals("-rrb-") ? ")" : null;
                continue;
            }
            unit[i] = lemma;
            f.add("l=" + lemma);
            String pos = PosTags.wordFeaturePrefix(t.tag());
            if (pos != null) f.add(pos + lemma);
        }
        verbsAround(tokens, unit, mentions, f);
        headingWords(heading, f);
        String previous = "<s>";
        for (String u : unit) {
            if (u == null || u.equals(previous) && u.startsWith("<")) continue;
            f.add("b=" + previous + "_" + u);
            previous = u;
        }
        for (Triggers.Hit h : hits) {
            f.add("trig=" + h.type());
            for (String kind : h.kinds()) f.add("trig=" + h.type() + ":" + kind);
        }
        TreeSet<String> types = new TreeSet<>();
        for (EntityMention m : mentions) types.add(m.type().name());
        for (String t : types) {
            f.add("ent=" + t);
            for (String u : types) if (t.compareTo(u) < 0) f.add("ents=" + t + "+" + u);
        }
        long persons = mentions.stream().filter(m -> m.type() == EntityType.Person).map(m -> m.entity().key()).distinct().count();
        if (persons >= 2) f.add("ent=Person*2");
        long orgs = mentions.stream().filter(m -> m.type().isOrganization()).map(m -> m.entity().key()).distinct().count();
        if (orgs >= 2) f.add("ent=Org*2");
        if (mentions.isEmpty()) f.add("ent=none");
        for (TimeMention tm : times) {
            if (tm.date() == null) continue;
            f.add("date");
            String v = tm.date().value();
            f.add("date=" + (v.length() == 4 ? "year" : v.contains("Q") || v.contains("H") ? "part" : v.length() == 7 ? "month" : "day"));
        }
        return f;
    }

    /** How far from a name a verb is read as its verb: a few words, no parse. */
    private static final int VERB_WINDOW = 5;

    /**
     * For each name, the nearest verb before it and after it within {@link #VERB_WINDOW} words, not past another name
     * of the same sentence: what the name does or undergoes without a parse ("<Company> ... acquire", "acquire ...
     * <Company>": "Zeta Labs said on Monday it would acquire Nimbus" gives {@code mv=<Company>_say} and
     * {@code vm=acquire_<Company>}), with the word just before the name when it is a preposition's ("chez", "from").
     */
    private static void verbsAround(List<CoreLabel> tokens, String[] unit, List<EntityMention> mentions, SortedSet<String> f) {
        for (EntityMention m : mentions) {
            if (m.from() < 0 || m.to() > tokens.size()) continue;
            String type = "<" + m.type().name() + ">";
            int before = nearestVerb(tokens, unit, m.from() - 1, -1);
            if (before >= 0) f.add("vm=" + lemma(tokens.get(before)) + "_" + type);
            int after = nearestVerb(tokens, unit, m.to(), 1);
            if (after >= 0) f.add("mv=" + type + "_" + lemma(tokens.get(after)));
        }
    }

    /**
     * The first verb from token {@code start} walking by {@code step} (-1 or 1) for at most {@link #VERB_WINDOW} words,
     * stopping at another name (a date or a number is no name), or -1.
     */
    private static int nearestVerb(List<CoreLabel> tokens, String[] unit, int start, int step) {
        for (int i = start, n = 0; i >= 0 && i < tokens.size() && n < VERB_WINDOW; i += step, n++) {
            if (unit[i] != null && unit[i].startsWith("<") && !unit[i].equals("<date>") && !unit[i].equals("<num>")) return -1;
            if (PosTags.verb(tokens.get(i).tag())) return i;
        }
        return -1;
    }

    /** The lower-cased words of the heading the sentence stands under ("## Funding rounds": {@code h=funding}, {@code h=round}). */
    private static void headingWords(AnalyzedSentence heading, SortedSet<String> f) {
        if (heading == null) return;
        for (CoreLabel t : heading.tokens()) {
            String l = lemma(t);
            if (l.length() > 2 && l.codePoints().allMatch(Character::isLetter)) f.add("h=" + l);
        }
    }

    /** A token's lower-cased lemma, else its word. */
    static String lemma(CoreLabel t) {
        String l = t.lemma() != null && !t.lemma().isBlank() ? t.lemma() : t.word();
        return l == null ? "" : l.toLowerCase(Locale.ROOT);
    }

    /** The features' names that are kept in a model: those seen in at least {@code min} sentences. */
    static List<String> frequent(Collection<? extends Collection<String>> sentences, int min) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Collection<String> s : sentences) for (String f : s) counts.merge(f, 1, Integer::sum);
        List<String> out = new ArrayList<>();
        counts.forEach((k, v) -> {
            if (v >= min) out.add(k);
        });
        return out;
    }
}
