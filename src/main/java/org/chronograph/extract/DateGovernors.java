package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.regex.Pattern;
import org.chronograph.extract.time.Governor;

/**
 * The verb a date of a sentence depends on, read from the sentence's parse (made only when asked, see {@link Parse}):
 * from the date's head up its governors to the first verb or participle, with that verb's auxiliaries. DateFinder
 * asks only when the cue words may give a date another clause's tense.
 */
final class DateGovernors implements Governor.Finder {
    /** A French past participle's ending ("racheté", "acquise", "promu", "ouvert"). */
    private static final Pattern FRENCH_PARTICIPLE = Pattern.compile(".{2,}(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?|erte?s?)");
    /** How far up the parse a date's verb is looked for ("le 25 novembre" under "Helixa" under "Racheté"). */
    private static final int MAX_UP = 4;

    private final AnalyzedSentence s;

    DateGovernors(AnalyzedSentence s) {
        this.s = s;
    }

    @Override
    public Governor of(int start, int end) {
        if (s.deps() == null) return null;
        int from = s.tokenAt(s.begin() + start);
        if (from < 0) return null;
        int to = from + 1;
        while (to < s.tokens().size() && s.tokens().get(to).beginPosition() < s.begin() + end) to++;
        int verb = s.head(from, to);
        for (int up = 0; !isVerb(verb); up++) {
            List<Integer> parents = s.governors(verb);
            if (up == MAX_UP || parents.isEmpty()) return null;
            verb = parents.getFirst();
        }
        int first = verb;
        boolean aux = false;
        for (int d : s.dependents(verb)) {
            String rel = s.relation(verb, d);
            if (rel != null && (rel.startsWith("aux") || rel.equals("cop"))) {
                aux = true;
                first = Math.min(first, d);
            }
        }
        CoreLabel v = s.tokens().get(verb);
        return new Governor(s.tokens().get(first).beginPosition() - s.begin(), v.endPosition() - s.begin(),
                !aux && participle(v));
    }

    private boolean isVerb(int token) {
        String tag = s.tokens().get(token).tag();
        return tag != null && (tag.startsWith("VB") || tag.equals("VERB") || participle(s.tokens().get(token)));
    }

    /** A past participle: tagged so (English) or a French verb or adjective with a participle's ending. */
    private static boolean participle(CoreLabel t) {
        String tag = t.tag();
        if (tag == null) return false;
        if (tag.equals("VBN")) return true;
        return (tag.equals("VERB") || tag.equals("ADJ"))
                && FRENCH_PARTICIPLE.matcher(t.word().toLowerCase(java.util.Locale.ROOT)).matches();
    }
}
