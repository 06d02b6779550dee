package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Proposes as candidates the names the other finders leave out, so that the learned typer, not a finder's rule,
 * decides what they are: every run of words the tagger reads as proper nouns ("Tessel", "HPE", "Bourse de
 * Stockholm", "Ilya Sutskever" in a list line), with the versions and codes glued to them ("Quillon Q9", "Rubin
 * NVL144"), and a gazetteer name that a run carries on ("Google Play Store", "Apple Pay", "Oracle FLEXCUBE": the run,
 * not the company inside it, is the name; the gazetteer entry stays a feature of the candidate). A run is cut at job
 * titles, months and the words of the not-a-name list, and at a change of the tagger's class between two names
 * ("OpenAI" then "Sam Altman"). "of", "de" and the like join two parts only after a word of the organization or
 * company lists ("State Bank of India", "Bourse de Stockholm"). The typer's "no entity" class is what keeps the
 * many capitalised words that are not names out. Stateless.
 */
final class ProperNames implements SpanAdder {
    private static final Set<String> JOINERS = Set.of("of", "for", "de", "du", "des", "d'", "la");
    private static final int MAX_TOKENS = 8;

    private final Cues cues;

    ProperNames(Cues cues) {
        this.cues = cues;
    }

    @Override
    public List<Span> add(AnalyzedSentence s, List<Span> spans) {
        List<CoreLabel> toks = s.tokens();
        List<Span> out = new ArrayList<>(spans);
        int i = 0;
        while (i < toks.size()) {
            if (!starts(toks, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && j - i < MAX_TOKENS && continues(toks, i, j)) j++;
            // a joiner or a hyphen never ends a name
            while (j > i + 1 && (JOINERS.contains(lower(toks.get(j - 1).word())) || toks.get(j - 1).word().equals("-"))) j--;
            place(s, i, j, out);
            i = j;
        }
        out.sort(Comparator.comparingInt(Span::from));
        return out;
    }

    /** Adds the run [from, to) where it does not clash with a finder's span, or in place of a gazetteer name it carries on. */
    private void place(AnalyzedSentence s, int from, int to, List<Span> spans) {
        List<Span> inside = spans.stream().filter(o -> o.from() < to && from < o.to()).toList();
        boolean campus = s.tokens().subList(from, to).stream().anyMatch(t -> t.word().equals("at"));
        boolean carriesOn = !inside.isEmpty() && inside.stream().allMatch(o -> o.source().equals("lexicon") && o.type().isOrganization()
                && o.from() >= from && o.to() <= to) && inside.size() == 1 && inside.get(0).from() == from && inside.get(0).to() < to;
        // "University of Texas at Austin": the tagger's organization before "at" and the place after it give way to the run
        int atIndex = campus ? from + s.tokens().subList(from, to).stream().map(CoreLabel::word).toList().indexOf("at") : -1;
        if (campus && !inside.isEmpty() && inside.get(0).from() == from && inside.get(0).to() == atIndex
                && inside.get(0).type() == EntityType.Organization && inside.stream().skip(1).allMatch(o -> o.from() > atIndex && o.to() <= to
                && !o.source().equals("lexicon"))) {
            spans.removeAll(inside);
            spans.add(span(s, from, to, EntityType.Organization));
            return;
        }
        if (carriesOn) {
            Span lexicon = inside.get(0);
            spans.remove(lexicon);
            spans.add(span(s, from, to, lexicon.type()));
            return;
        }
        // the parts of the run no other span holds
        int k = from;
        while (k < to) {
            int at = k;
            if (spans.stream().anyMatch(o -> o.from() <= at && at < o.to())) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < to) {
                int e = end;
                if (spans.stream().anyMatch(o -> o.from() <= e && e < o.to())) break;
                end++;
            }
            while (end > k + 1 && JOINERS.contains(lower(s.tokens().get(end - 1).word()))) end--;
            if (named(s.tokens(), k, end)) spans.add(span(s, k, end, null));
            k = end;
        }
    }

    private Span span(AnalyzedSentence s, int from, int to, EntityType type) {
        List<CoreLabel> toks = s.tokens();
        String text = SpanFinder.clean(s.span(from, to));
        EntityType t = type != null ? type : provisional(toks, from, to);
        int begin = toks.get(from).beginPosition();
        int end = toks.get(to - 1).endPosition();
        // clean() may drop a possessive or quotes: keep offsets on the name itself
        int at = s.text().indexOf(text, begin - s.begin());
        if (!text.isEmpty() && at >= 0 && at + s.begin() < end) {
            begin = s.begin() + at;
            end = begin + text.length();
        }
        return new Span(s.index(), from, to, begin, end, text.isEmpty() ? s.span(from, to) : text, t, "propn", null);
    }

    /** The type the resolver groups the run by until the typer decides: the tagger's person, a model when it has digits, else a company. */
    private static EntityType provisional(List<CoreLabel> toks, int from, int to) {
        boolean person = true;
        boolean digit = false;
        for (int k = from; k < to; k++) {
            String ner = toks.get(k).ner();
            if (ner == null || !(ner.equals("PERSON") || ner.endsWith("PER"))) person = false;
            if (toks.get(k).word().chars().anyMatch(Character::isDigit)) digit = true;
        }
        return person ? EntityType.Person : digit ? EntityType.Model : EntityType.Company;
    }

    /** At least one word of the run that could be a name on its own. */
    private boolean named(List<CoreLabel> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).word();
            if (w.length() >= 2 && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) && w.chars().anyMatch(Character::isLetter))
                    && !cues.is("not-name", w) && !cues.isMonth(w)) return true;
        }
        return false;
    }

    private boolean starts(List<CoreLabel> toks, int i) {
        CoreLabel t = toks.get(i);
        String w = t.word();
        return RepeatedNames.properNoun(t) && capitalised(w) && !blocked(w);
    }

    private boolean continues(List<CoreLabel> toks, int from, int j) {
        CoreLabel t = toks.get(j);
        String w = t.word();
        CoreLabel prev = toks.get(j - 1);
        if (blocked(w)) return false;
        boolean glued = prev.endPosition() == t.beginPosition();
        // "Quillon Q9", "Rubin NVL144", "ADP3.0", "Arbor X2": a code or version carries the name on
        boolean code = w.chars().anyMatch(Character::isDigit) && (capitalised(w) || glued) || w.equals("-") && glued;
        if (glued && prev.word().equals("-")) return true;
        // "University of Texas at Austin": "at" carries an organization's "X of Y" name on to its campus
        if (w.equals("at")) return campus(toks, from, j);
        if (JOINERS.contains(lower(w))) {
            return j + 1 < toks.size() && RepeatedNames.properNoun(toks.get(j + 1)) && capitalised(toks.get(j + 1).word())
                    && (cues.is("org-word", prev.word()) || cues.is("company-word", prev.word()));
        }
        if (!(RepeatedNames.properNoun(t) && capitalised(w)) && !code && !(JOINERS.contains(lower(prev.word())) && capitalised(w))) return false;
        // two names side by side: the tagger's class changes from one name to another ("OpenAI" ORG, "Sam Altman" PER)
        String a = nerClass(prev.ner());
        String b = nerClass(t.ner());
        return a == null || b == null || a.equals(b) || JOINERS.contains(lower(prev.word()));
    }

    /** "at" then a proper noun, after a run that is an organization word followed by "of"/"for" and a name. */
    private boolean campus(List<CoreLabel> toks, int from, int at) {
        if (at + 1 >= toks.size() || !RepeatedNames.properNoun(toks.get(at + 1)) || !capitalised(toks.get(at + 1).word())) return false;
        for (int k = from; k + 2 < at; k++) {
            if (cues.is("org-word", toks.get(k).word()) && JOINERS.contains(lower(toks.get(k + 1).word()))) return true;
        }
        return false;
    }

    private boolean blocked(String w) {
        return cues.is("role-word", w) || cues.isMonth(w) || cues.is("not-name", w) && !cues.is("company-word", w);
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) && w.chars().anyMatch(Character::isLetter));
    }

    private static String nerClass(String tag) {
        if (tag == null || tag.equals("O")) return null;
        String t = tag.startsWith("B-") || tag.startsWith("I-") ? tag.substring(2) : tag;
        return t.equals("PER") ? "PERSON" : t.equals("ORG") ? "ORGANIZATION" : t.equals("LOC") ? "LOCATION" : t;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
