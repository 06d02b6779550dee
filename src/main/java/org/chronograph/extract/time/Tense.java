package org.chronograph.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.extract.KnowledgeFile;

/**
 * The tense a date is told in, read from cue words near it ({@code extract/time/<lang>/tense.tsv}): it chooses the
 * year of a month or day told without one ("in late November", published in January, past tense, is the November
 * before; "lancera en juin" the next June).
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    /** The cues of one language, compiled once. */
    record Cues(List<Cue> cues) {
        /** The cues of a language ("en", "fr"; others read English). */
        static Cues forLanguage(String language) {
            List<Cue> out = new ArrayList<>();
            for (KnowledgeFile.Row f : KnowledgeFile.bundled("extract/time/" + Resources.folder(language) + "/tense.tsv", 3)) {
                out.add(new Cue(Pattern.compile(f.columns().get(0), Pattern.UNICODE_CHARACTER_CLASS), Tense.valueOf(f.column(1))));
            }
            return new Cues(List.copyOf(out));
        }

        /**
         * The cues found in a sentence, in order; a cue inside a longer one is dropped ("was expected to" is future,
         * not "was"), and of two with the same span the future one is kept ("devrait").
         */
        List<Found> find(String sentence) {
            List<Found> all = new ArrayList<>();
            for (Cue c : cues) {
                Matcher m = c.pattern().matcher(sentence);
                while (m.find()) {
                    if (m.end() > m.start()) all.add(new Found(m.start(), m.end(), c.tense()));
                }
            }
            all.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparing(f -> f.tense() != FUTURE));
            List<Found> kept = new ArrayList<>();
            for (Found f : all) {
                if (kept.stream().noneMatch(k -> k.start() <= f.start() && f.end() <= k.end())) kept.add(f);
            }
            kept.sort(Comparator.comparingInt(Found::start));
            return kept;
        }
    }

    /** One cue pattern and the tense it shows. */
    record Cue(Pattern pattern, Tense tense) {
    }

    /** A cue found in a sentence. */
    record Found(int start, int end, Tense tense) {
    }

    /**
     * The tense of a date at [start, end): the cue nearest to it in the sentence, preferring one in the same clause
     * (no comma, semicolon or dash between); {@link #UNKNOWN} when there is none.
     */
    static Tense near(List<Found> found, String sentence, int start, int end) {
        Found best = nearest(found, sentence, start, end);
        return best == null ? UNKNOWN : best.tense();
    }

    /**
     * True when the cue words may give a date another clause's tense: the sentence has cues of both past and future,
     * or the cue nearest to the date lies in another clause ("Racheté ... le 25 novembre, Nimbo sera intégré").
     */
    static boolean uncertain(List<Found> found, String sentence, int start, int end) {
        if (found.stream().anyMatch(f -> f.tense() == PAST) && found.stream().anyMatch(f -> f.tense() == FUTURE)) return true;
        Found best = nearest(found, sentence, start, end);
        return best != null && !sameClause(best, sentence, start, end);
    }

    private static Found nearest(List<Found> found, String sentence, int start, int end) {
        Found best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Found f : found) {
            int gap = f.end() <= start ? start - f.end() : f.start() >= end ? f.start() - end : 0;
            int score = gap + (sameClause(f, sentence, start, end) ? 0 : 1000);
            if (score < bestScore) {
                bestScore = score;
                best = f;
            }
        }
        return best;
    }

    /** No comma, semicolon, dash, colon or parenthesis between the cue and [start, end). */
    private static boolean sameClause(Found f, String sentence, int start, int end) {
        int from = Math.min(f.end(), start);
        int to = Math.max(f.start(), end);
        return from >= to || !sentence.substring(Math.max(0, Math.min(from, to)), Math.max(from, to))
                .matches("(?s).*[,;—–:()].*");
    }

    /**
     * The tense of the verb a date depends on: a cue on the verb or its auxiliaries ("sera intégré", "Prévu pour"),
     * else past for a bare past participle ("Racheté par Helixa le 25 novembre, Nimbo sera intégré ..."), else
     * {@code otherwise} (the cue nearest to the date).
     */
    static Tense governing(List<Found> found, Governor g, Tense otherwise) {
        Found on = null;
        for (Found f : found) {
            if (f.start() < g.end() && f.end() > g.start() && (on == null || f.tense() == FUTURE)) on = f;
        }
        if (on != null) return on.tense();
        return g.bareParticiple() ? PAST : otherwise;
    }
}
