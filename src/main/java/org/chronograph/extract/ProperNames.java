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
 * company lists ("State Bank of India", "Bourse de Stockholm"). An organization's name is read whole where the tagger
 * cuts it: "and" inside it ("Center for Democracy and Technology", "Responsibility and Safety Committee"), a place
 * after its "of" ("University of Science and Technology of China"), a capitalised adjective or acronym before it
 * ("Canadian Institute for Advanced Research", "AI Factory Research Center"), a lower-case "team" after a name
 * ("the Superalignment team"). The typer's "no entity" class is what keeps the
 * many capitalised words that are not names out. Stateless.
 */
final class ProperNames {
    private static final Set<String> JOINERS = Set.of("of", "for", "de", "du", "des", "d'", "la");
    private static final Set<String> ANDS = Set.of("and", "&", "et");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY", "LOC");
    private static final int MAX_TOKENS = 8;

    private final Cues cues;

    ProperNames(Cues cues) {
        this.cues = cues;
    }

    /** The spans of each sentence with the runs of proper nouns added (as source {@code propn}). */
    List<List<Span>> add(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence) {
        List<List<Span>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) out.add(add(sentences.get(i), spansBySentence.get(i)));
        return out;
    }

    private List<Span> add(AnalyzedSentence s, List<Span> spans) {
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
            while (j > i + 1 && (JOINERS.contains(lower(toks.get(j - 1).word())) || ANDS.contains(lower(toks.get(j - 1).word()))
                    || toks.get(j - 1).word().equals("-"))) j--;
            int p = prefix(toks, i, j);
            boolean widened = p > 0 || toks.subList(i, j).stream().anyMatch(t -> ANDS.contains(lower(t.word())) || blocked(t.word()));
            i -= p;
            if (widened && tagged(i, j, out)) {
                // the tagger's names inside a run this class widened give way to it ("Safety Committee" in "Responsibility and
                // Safety Committee", "Factory Research Center" in "AI Factory Research Center")
                int from = i, to = j;
                out.removeIf(o -> o.from() >= from && o.to() <= to);
                out.add(span(s, i, j, EntityType.Organization));
                i = j;
                continue;
            }
            if (team(toks, i, j, out)) {
                // "the Superalignment team", "Spotify's Voice team": the run and a lower-case "team" name a unit
                int from = i, to = j;
                out.removeIf(o -> o.from() >= from && o.to() <= to);
                out.add(span(s, i, j + 1, EntityType.Organization));
                i = j + 1;
                continue;
            }
            place(s, i, j, out);
            i = j;
        }
        out.sort(Comparator.comparingInt(Span::from));
        return out;
    }

    /**
     * A run followed by a lower-case "team" whose words no finder but the tagger's names holds: a known name or a
     * model's ("the OpenAI team", "the Llama team") stays itself.
     */
    private boolean team(List<CoreLabel> toks, int from, int to, List<Span> spans) {
        if (to >= toks.size() || !toks.get(to).word().equals("team") || !named(toks, from, to)) return false;
        return spans.stream().filter(o -> o.from() < to && from < o.to())
                .allMatch(o -> (o.source().equals("ner") || o.source().equals("weak")) && o.from() >= from && o.to() <= to);
    }

    /** Only the tagger's names (no gazetteer, pattern or cue name) lie in [from, to), all inside it. */
    private static boolean tagged(int from, int to, List<Span> spans) {
        return spans.stream().filter(o -> o.from() < to && from < o.to())
                .allMatch(o -> (o.source().equals("ner") || o.source().equals("weak")) && o.from() >= from && o.to() <= to);
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
            while (end > k + 1 && (JOINERS.contains(lower(s.tokens().get(end - 1).word())) || ANDS.contains(lower(s.tokens().get(end - 1).word())))) end--;
            int start = k;
            while (start < end - 1 && (JOINERS.contains(lower(s.tokens().get(start).word())) || ANDS.contains(lower(s.tokens().get(start).word())))) start++;
            if (named(s.tokens(), start, end)) spans.add(span(s, start, end, null));
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
        if (blocked(w)) return JOINERS.contains(lower(prev.word())) && (place(t) || "ORGANIZATION".equals(nerClass(t.ner())))
                && RepeatedNames.properNoun(t) && orgOf(toks, from, j);
        boolean glued = prev.endPosition() == t.beginPosition();
        // "Quillon Q9", "Rubin NVL144", "ADP3.0", "Arbor X2": a code or version carries the name on
        boolean code = w.chars().anyMatch(Character::isDigit) && (capitalised(w) || glued) || w.equals("-") && glued;
        if (glued && prev.word().equals("-")) return true;
        // "University of Texas at Austin": "at" carries an organization's "X of Y" name on to its campus
        if (w.equals("at")) return campus(toks, from, j);
        // "Responsibility and Safety Committee", "University of Science and Technology of China": "and" inside an organization's name
        if (ANDS.contains(lower(w))) return joinsAnd(toks, from, j);
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

    /**
     * "and" at {@code at} goes on with the name: both sides are proper nouns and either the run so far is an
     * organization's "X of Y" ("Center for Democracy and Technology") or the proper nouns after "and" end with an
     * organization word ("Responsibility and Safety Committee", "Competition and Markets Authority").
     */
    private boolean joinsAnd(List<CoreLabel> toks, int from, int at) {
        if (at + 1 >= toks.size() || !RepeatedNames.properNoun(toks.get(at + 1)) || !capitalised(toks.get(at + 1).word())
                || blocked(toks.get(at + 1).word()) || !RepeatedNames.properNoun(toks.get(at - 1))) return false;
        if (orgOf(toks, from, at)) return true;
        int k = at + 1;
        while (k < toks.size() && k - from < MAX_TOKENS && RepeatedNames.properNoun(toks.get(k)) && capitalised(toks.get(k).word())
                && !blocked(toks.get(k).word())) k++;
        return at - from <= 2 && cues.is("org-word", toks.get(k - 1).word())
                && toks.subList(from, at).stream().noneMatch(t -> cues.is("org-word", t.word()) || cues.is("company-word", t.word()));
    }

    /** An organization word followed by "of"/"for"/"de" in the run [from, to): "University of ...", "Institute for ...". */
    private boolean orgOf(List<CoreLabel> toks, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (cues.is("org-word", toks.get(k).word()) && JOINERS.contains(lower(toks.get(k + 1).word()))) return true;
        }
        return false;
    }

    /**
     * The word before a run that contains an organization word starts it when it is a capitalised adjective or common
     * noun the tagger did not read as a name, or a place word the not-a-name list holds: "the Canadian Institute for
     * Advanced Research", "the AI Factory Research Center". Not the first word of a sentence ("Former Google Research
     * head ..."), unless it is a place or an acronym, nor a word after another capitalised one.
     */
    private int prefix(List<CoreLabel> toks, int from, int to) {
        if (from == 0 || toks.subList(from, to).stream().noneMatch(x -> cues.is("org-word", x.word()))) return 0;
        // "the Responsibility and Safety Committee": a capitalised common noun and "and" before a short run
        if (from >= 2 && to - from <= 3 && ANDS.contains(lower(toks.get(from - 1).word())) && modifier(toks, from - 1)) return 2;
        return modifier(toks, from) ? 1 : 0;
    }

    /** The word before {@code from} may open the name that starts at {@code from} (see {@link #prefix}). */
    private boolean modifier(List<CoreLabel> toks, int from) {
        if (from == 0) return false;
        CoreLabel t = toks.get(from - 1);
        String w = t.word();
        String tag = t.tag() == null ? "" : t.tag();
        if (!capitalised(w) || cues.is("role-word", w) || cues.is("title-word", w) || cues.isMonth(w)) return false;
        boolean acronym = w.length() >= 2 && w.replace(".", "").chars().allMatch(Character::isUpperCase);
        boolean adjectiveOrNoun = tag.startsWith("JJ") || tag.equals("NN") || tag.equals("ADJ") || tag.equals("NOUN");
        boolean placeWord = blocked(w) && place(t);
        if (!(adjectiveOrNoun && !blocked(w) || placeWord)) return false;
        if (from - 1 == 0 && !(acronym || place(t))) return false;
        return !(from - 2 >= 0 && capitalised(toks.get(from - 2).word()) && !cues.is("person-determiner", toks.get(from - 2).word()));
    }

    private static boolean place(CoreLabel t) {
        String ner = t.ner();
        if (ner == null) return false;
        return PLACE_TAGS.contains(ner.startsWith("B-") || ner.startsWith("I-") ? ner.substring(2) : ner);
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
