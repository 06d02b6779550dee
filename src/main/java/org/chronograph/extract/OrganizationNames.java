package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English names of public bodies, courts, universities and units, read whole around the word that says what they are
 * (their head: Commission, Agency, Court, University, Institute, Division...). The tagger cuts such names at a lower-case
 * word or an adjective: "Office of the Data" of "Office of the Data Commissioner of Kenya", "Court of Appeal" of "Court of
 * Appeal of The Hague", "Telecommunications Standards Institute" of the European one, "Language Research Group" of
 * "Speech and Language Research Group", "Committee on Industry" of "Committee on Industry, Research and Energy"; and the
 * typer, trained on such cut names labelled no entity, drops whole ones too ("Devices Division").
 *
 * <p>Around each head word the name takes the capitalised words before it (adjectives included: "European", "National";
 * two of them joined by "and"), the capitalised words after it, and a complement opened by "of", "for" or "on" (with
 * "the"), whose capitalised words may be listed with commas and "and". A name stops before a person, a name the gazetteer
 * or a model-name pattern knows, a role or title word, a month or a not-a-name word; a name that a known name or a person
 * stands right before ("Google Research Center") is left to the typer, and so is a lone head after the possessive of a
 * name ("Veltrix's Board"); a common word's possessive is part of the name ("Information Commissioner's Office", also after
 * a gazetteer name that opens with "The": "The Information"); after a possessive, a name of two words or more is a body of the possessor's ("the regulator's
 * Digital Markets Unit"). Common words before the head may be listed with commas that "and" closes ("Science, Innovation
 * and Technology Committee"). Heads that
 * also end companies' or products' names (Research, Group, Labs, Laboratories, Unit, Team, Program) are not heads here.
 * A name found so is an Organization by this rule, not by the learned typer, and is added at extraction only (like
 * {@link TeamNames}), so the typer's training candidates and weights do not change. English only. Stateless.
 */
final class OrganizationNames implements SpanAdder {
    static final String SOURCE = "org-name";
    private static final Set<String> HEADS = Set.of("Commission", "Agency", "Authority", "Court", "Tribunal", "Ministry",
            "Department", "Council", "Committee", "Bureau", "Board", "Office", "Parliament", "Senate", "Congress", "University",
            "Institute", "Institution", "College", "School", "Academy", "Laboratory", "Foundation", "Association", "Federation",
            "Consortium", "Society", "Observatory", "Hospital", "Clinic", "Museum", "Division", "Directorate", "Inspectorate",
            "Regulator", "Ombudsman");
    /** Heads that name an organization only with a complement ("Center for AI Safety", not "the Memphis Data Center"). */
    private static final Set<String> HEADS_WITH_COMPLEMENT = Set.of("Center", "Centre");
    private static final Set<String> OPENERS = Set.of("of", "for", "on");
    private static final Set<String> ARTICLES = Set.of("the", "The");
    private static final Set<String> AND = Set.of("and", "&");
    private static final int MAX_TOKENS = 14;

    private final Cues cues;

    OrganizationNames(Cues cues) {
        this.cues = cues;
    }

    /** Whether the candidate was named so (any of its mentions). */
    static boolean isOrganizationName(Candidate c) {
        return c.foundBy(SOURCE);
    }

    @Override
    public List<Span> add(AnalyzedSentence s, List<Span> spans) {
        if (s.headingLike()) return spans;
        List<CoreLabel> toks = s.tokens();
        List<Span> out = new ArrayList<>(spans);
        int[] owner = owners(toks.size(), spans);
        int h = 0;
        while (h < toks.size()) {
            String w = toks.get(h).word();
            boolean head = HEADS.contains(w) || HEADS_WITH_COMPLEMENT.contains(w);
            if (!head || owner[h] == 2) {
                h++;
                continue;
            }
            int from = left(toks, h, owner);
            int to = right(toks, h, owner);
            if (from < 0 || to - from < 2 || to - from > MAX_TOKENS
                    || HEADS_WITH_COMPLEMENT.contains(w) && !(to > h + 1 && OPENERS.contains(toks.get(h + 1).word()))) {
                h++;
                continue;
            }
            if (placeOrCommon(toks, from, to)) {
                h++;
                continue;
            }
            final int a = from;
            final int b = to;
            List<Span> inside = out.stream().filter(o -> o.from() < b && a < o.to()).toList();
            if (inside.stream().anyMatch(o -> !(theName(o) && o.from() == a - 1 && o.to() < b)
                    && (o.from() < a || o.to() > b || person(o) || o.known() || o.source().equals(TeamNames.SOURCE)))) {
                h++;
                continue;
            }
            out.removeAll(inside);
            out.add(new Span(s.index(), a, b, toks.get(a).beginPosition(), toks.get(b - 1).endPosition(), s.span(a, b),
                    EntityType.Organization, SOURCE, null));
            h = b;
        }
        out.sort(Comparator.comparingInt(Span::from));
        return out;
    }

    /** A person's name; a place the tagger found ("weak", typed Person until typing) is none ("of Kenya"). */
    private static boolean person(Span o) {
        return o.type() == EntityType.Person && !o.source().equals("weak");
    }

    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private static boolean place(CoreLabel t) {
        return t.ner() != null && PLACES.contains(t.ner());
    }

    /**
     * True for a place's office or school rather than an organization's name: every word but the head a place ("the Zurich
     * Office"), or two words both more common in lower case that the tagger does not call an organization ("High School").
     */
    private static boolean placeOrCommon(List<CoreLabel> toks, int from, int to) {
        boolean places = true;
        boolean common = to - from == 2;
        boolean organization = false;
        for (int k = from; k < to; k++) {
            CoreLabel t = toks.get(k);
            String ner = t.ner() == null ? "O" : t.ner();
            if (ner.equals("ORGANIZATION")) organization = true;
            if (!HEADS.contains(t.word()) && !HEADS_WITH_COMPLEMENT.contains(t.word()) && !PLACES.contains(ner)) places = false;
            if (!common(t.word())) common = false;
        }
        return places || common && !organization;
    }

    /**
     * A gazetteer name opening with "The" ("The Information", "The Verge"): at a sentence's start its "The" may be the
     * article of a longer name ("The Information Commissioner's Office"), which then takes its words.
     */
    private static boolean theName(Span o) {
        return o.known() && o.text().startsWith("The ");
    }

    /** Per token: 2 when a person, a gazetteer name or a model-name pattern covers it, else 0. */
    private static int[] owners(int n, List<Span> spans) {
        int[] owner = new int[n];
        for (Span o : spans) {
            if (person(o) || o.known() && !theName(o)) {
                for (int k = Math.max(0, o.from()); k < Math.min(n, o.to()); k++) owner[k] = 2;
            }
        }
        return owner;
    }

    /** Where the name ending in the head at {@code h} starts, or -1 when a known name or possessive stands before it. */
    private int left(List<CoreLabel> toks, int h, int[] owner) {
        int from = h;
        int k = h - 1;
        boolean and = false;
        while (k >= 0 && h - k < MAX_TOKENS) {
            String w = toks.get(k).word();
            if (word(toks.get(k), owner[k], false) && (k > 0 || RepeatedNames.properNoun(toks.get(k)))) {
                from = k;
                k--;
            } else if (AND.contains(w) && from == k + 1 && k > 0 && word(toks.get(k - 1), owner[k - 1], false)) {
                and = true;
                k--;
            } else if (w.equals(",") && and && from == k + 1 && k > 0 && word(toks.get(k - 1), owner[k - 1], false)
                    && !place(toks.get(k - 1)) && !place(toks.get(from))) {
                // "Science, Innovation and Technology Committee": common words listed with commas that "and" closes
                k--;
            } else if (SpanFinder.possessiveS(w) && from == h && k > 0 && owner[k - 1] != 2
                    && capitalised(toks.get(k - 1).word()) && common(toks.get(k - 1).word())) {
                // "Information Commissioner's Office", "Children's Hospital": a common word's possessive before the head
                from = k - 1;
                k -= 2;
            } else {
                break;
            }
        }
        // "Google Research Center": the name belongs to the known one before it; after a possessive the name is a body
        // of the possessor's ("Parliament's Science and Technology Committee", "the regulator's Digital Markets Unit")
        // when a word of its own stands before the head ("Veltrix's Board" is left to the typer)
        if (k >= 0 && from == k + 1) {
            String w = toks.get(k).word();
            boolean opening = k == 0 && !RepeatedNames.properNoun(toks.get(k));
            boolean possessive = SpanFinder.possessiveS(w);
            if (possessive && from < h) return from;
            if (owner[k] == 2 || possessive || capitalised(w) && !ARTICLES.contains(w) && !opening) return -1;
        }
        return from;
    }

    /** Where the name whose head is at {@code h} ends (exclusive): capitalised words, then up to two complements. */
    private int right(List<CoreLabel> toks, int h, int[] owner) {
        int to = h + 1;
        while (to < toks.size() && word(toks.get(to), owner[to], false)) to++;
        int complements = 0;
        while (to < toks.size() && to - h < MAX_TOKENS) {
            String w = toks.get(to).word();
            int next = to + 1;
            if (OPENERS.contains(w) && complements < 2) {
                // "of the Data Commissioner", "of The Hague"
                if (next < toks.size() && toks.get(next).word().equals("the")) next++;
                int end = run(toks, next, owner);
                if (end == next) break;
                to = end;
                complements++;
            } else if (complements > 0 && (AND.contains(w) || w.equals(","))) {
                int end = run(toks, next, owner);
                // "Industry and Security", not "University of Oxford and Cambridge": a common word after "and"
                if (end == next || !common(toks.get(next).word())) break;
                // "Industry, Research and Energy": a comma only inside a list that "and" closes
                if (w.equals(",") && !(end < toks.size() && AND.contains(toks.get(end).word()))) break;
                to = end;
            } else {
                break;
            }
        }
        return to;
    }

    /** The end of a run of name words from {@code k} ("The Hague", "Data Commissioner"). */
    private int run(List<CoreLabel> toks, int k, int[] owner) {
        int end = k;
        if (end < toks.size() && toks.get(end).word().equals("The")) end++;
        while (end < toks.size() && word(toks.get(end), owner[end], true)) end++;
        return end == k + 1 && toks.get(k).word().equals("The") ? k : end;
    }

    /** Acronyms of the not-a-name list that open names of public bodies ("U.S. Department of ...", "AI Office"). */
    private static final Set<String> PLACE_ACRONYMS = Set.of("AI", "US", "U.S.", "UK", "U.K.", "USA", "EU");

    /**
     * A capitalised word that can be part of an organization's name: no person or known name, no month; no role or title
     * before the head ("Chief", not "Commissioner" of "Office of the Data Commissioner"); of the not-a-name words, the
     * adjectives of nations and regions ("European", "American") and a few acronyms, not those of business ("CEO", "IPO").
     */
    private boolean word(CoreLabel t, int owner, boolean complement) {
        String w = t.word();
        if (owner == 2 || !capitalised(w) || ARTICLES.contains(w) || cues.isMonth(w)) return false;
        // "No." of "High School No. 2", "Dr.": an abbreviation is no word of a name ("U.S." is, in capitals)
        if (w.endsWith(".") && !w.toUpperCase(Locale.ROOT).equals(w)) return false;
        if (!complement && (cues.is("role-word", w) || cues.is("title-word", w))) return false;
        if (cues.is("not-name", w) && (w.toUpperCase(Locale.ROOT).equals(w) || w.contains(" ")) && !PLACE_ACRONYMS.contains(w)) return false;
        String tag = t.tag();
        return tag == null || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("CD");
    }

    /** True when English writes the word in lower case more often than as written ("Security", not "Cambridge"). */
    private static boolean common(String w) {
        TaggerVocabulary v = TaggerVocabulary.forLanguage("en");
        if (v == null) return false;
        String lower = w.toLowerCase(Locale.ROOT);
        return !lower.equals(w) && v.count(lower) > v.count(w);
    }

    private static boolean capitalised(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.codePointAt(0)) && !w.toUpperCase(Locale.ROOT).equals(w) || w.length() >= 2
                && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.') && w.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
