package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds candidate entity mentions in a sentence by combining the gazetteer, model-name patterns,
 * CoreNLP NER and context cues, then keeps the best non-overlapping set. Stateless and thread-safe.
 */
final class SpanFinder {
    private static final Pattern CAMEL = Pattern.compile("\\p{L}*\\p{Ll}\\p{Lu}[\\p{L}\\d]*|\\d+\\p{L}[\\p{L}\\d.]*\\p{L}|\\p{Lu}{2,}\\p{Ll}+\\p{L}*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\d.&'’-]*");
    private static final Pattern QUOTE = Pattern.compile("[\"“”«»‘’']|``|''");
    private static final int MAX_TOKENS = 7;
    private static final Pattern DATE_LIKE = Pattern.compile("\\b(1[89]|20)\\d\\d\\b|^\\d|^[TQH]\\d\\b|^(Mi|Mid|Fin|Début)-");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&]{1,4}s?");

    private final Lexicon lexicon;
    private final ModelNamePatterns models;
    private final Cues cues;
    private final DescribedNames described;

    SpanFinder(Lexicon lexicon, ModelNamePatterns models, Cues cues) {
        this.lexicon = lexicon;
        this.models = models;
        this.cues = cues;
        this.described = new DescribedNames(cues, lexicon);
    }

    List<Span> find(AnalyzedSentence s, String lang) {
        List<Span> all = new ArrayList<>();
        patterns(s, all);
        lexicon(s, all);
        if (!s.headingLike()) {
            ner(s, lang, all);
            cued(s, lang, all);
            all.addAll(described.find(s, lang));
            shapes(s, all);
            if (!NlpPipelines.supports(lang)) givenNames(s, all);
        }
        // "Marcus Dell", "Michael Dell": a person's name that ends with a company's is the person's
        List<Span> persons = all.stream().filter(p -> p.type() == EntityType.Person && !p.source().equals("lexicon")).toList();
        all.removeIf(l -> l.source().equals("lexicon") && l.type().isOrganization()
                && persons.stream().anyMatch(p -> p.from() < l.from() && p.to() == l.to()));
        if (!s.headingLike()) widenKnownNames(s, all, lang);
        return resolveOverlaps(all);
    }

    /** Words a known name may be widened by, each side: "Pixel Nordic", "Ernie Bot", "Nabla Copilot". */
    private static final int MAX_WIDENING = 2;

    /**
     * Known names that the tagger reads as the start or end of a longer name of capitalised words ("Pixel Nordic", a
     * games studio; "AWS Marketplace"; "Ernie Bot"; "Nabla Copilot"; a unit, "Fondation Alibaba"): the longer name
     * is the entity, so the known name's own mention gives way to it. A company's name widens only to a unit of it:
     * before another name it is the maker ("OpenAI Codex"). Only when the words added are one or two
     * capitalised words that are no known name, cue or title themselves ("OpenAI CEO", "Google DeepMind", "Nvidia H100" keep their known names),
     * and only as far as the tagger's run of one class goes (the longer name is a mention of its own).
     */
    private void widenKnownNames(AnalyzedSentence s, List<Span> all, String lang) {
        List<CoreLabel> toks = s.tokens();
        List<Span> known = all.stream().filter(k -> k.source().equals("lexicon")).toList();
        for (Span k : known) {
            String cls = nerClass(toks.get(k.from()).ner());
            if (cls == null || cls.equals("PER")) continue;
            // the tagger's run of one class around the known name, at most MAX_WIDENING words more on one side
            int from = k.from();
            while (from > 0 && k.from() - from < MAX_WIDENING && cls.equals(nerClass(toks.get(from - 1).ner())) && !isBreak(toks, from - 1)) from--;
            int to = k.to();
            while (to < toks.size() && to - k.to() < MAX_WIDENING && cls.equals(nerClass(toks.get(to).ner())) && !isBreak(toks, to)) to++;
            if (from < k.from() && to > k.to()) continue;
            if (from == k.from() && to == k.to()) continue;
            boolean ok = from < k.from() ? addsOnlyNewNameWords(s, from, k.from(), lang) : addsOnlyNewNameWords(s, k.to(), to, lang);
            if (!ok) continue;
            // a company's name before a product's ("OpenAI Codex", "Google Pixel") names the maker, a participant of
            // what the sentence tells: it stays; a unit of it ("Fondation Alibaba", "Alibaba Foundation") is one name
            if (k.type() == EntityType.Company && !hasOrgWord(s, from, to)) continue;
            // "Hugging Face Open LLM Leaderboard": two known names side by side stay two
            int a = from, b = to;
            if (known.stream().anyMatch(o -> o != k && o.from() < b && o.to() > a)) continue;
            // the run must end where the tagger's name ends: "Pixel Nordic", not "Pixel Nordic Studios"
            if (from > 0 && cls.equals(nerClass(toks.get(from - 1).ner())) || to < toks.size() && cls.equals(nerClass(toks.get(to).ner()))) continue;
            String text = clean(s.span(from, to));
            if (text.isEmpty()) continue;
            EntityType type = typeOf(s, from, to, text, cls);
            all.remove(k);
            all.add(new Span(s.index(), from, to, toks.get(from).beginPosition(), toks.get(to - 1).endPosition(), text,
                    type == null ? k.type() : type, "ner", null));
        }
    }

    private boolean hasOrgWord(AnalyzedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (cues.is("org-word", s.tokens().get(k).word())) return true;
        }
        return false;
    }

    private boolean addsOnlyNewNameWords(AnalyzedSentence s, int from, int to, String lang) {
        TaggerVocabulary vocabulary = TaggerVocabulary.forLanguage(lang);
        for (int k = from; k < to; k++) {
            String w = s.tokens().get(k).word();
            if (!CAPITALISED.matcher(w).matches() || w.length() < 2 || lexicon.find(w).isPresent() || cues.isGivenName(w)) return false;
            // "Explore LinkedIn for profiles": a common word capitalised because it opens the sentence
            boolean opening = k == 0 || !Character.isLetterOrDigit(s.tokens().get(k - 1).word().charAt(0));
            String lower = w.toLowerCase(Locale.ROOT);
            if (opening && vocabulary != null && vocabulary.count(lower) > vocabulary.count(w)) return false;
            for (String list : List.of("not-name", "role-word", "company-word", "model-cue", "product-cue", "person-cue",
                    "no-entity-word")) {
                if (cues.is(list, w)) return false;
            }
        }
        return true;
    }

    private void patterns(AnalyzedSentence s, List<Span> out) {
        for (ModelNamePatterns.Found f : models.find(s.text())) {
            int from = s.tokenAt(s.begin() + f.start());
            int to = from;
            while (to < s.tokens().size() && s.tokens().get(to).beginPosition() < s.begin() + f.end()) to++;
            if (from < 0 || to <= from) continue;
            out.add(new Span(s.index(), from, to, s.begin() + f.start(), s.begin() + f.end(), f.name(), f.type(), "pattern", null));
        }
    }

    private void lexicon(AnalyzedSentence s, List<Span> out) {
        List<CoreLabel> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            for (int j = Math.min(toks.size(), i + MAX_TOKENS); j > i; j--) {
                String form = s.span(i, j);
                String bare = stripPrefix(form);
                if (!Character.isLetterOrDigit(bare.codePointAt(0)) || !Character.isLetterOrDigit(bare.codePointBefore(bare.length()))) {
                    continue;
                }
                if (!Character.isUpperCase(bare.codePointAt(0)) && !Character.isDigit(bare.codePointAt(0))
                        && !lexicon.find(bare).map(e -> e.name().equals(bare) || e.aliases().contains(bare)).orElse(false)) {
                    continue;
                }
                LexiconEntry e = lexicon.find(bare).orElse(null);
                if (e == null || acronymInOtherCase(e, bare)) continue;
                // "The Information Commissioner's Office": a longer known name that starts inside this one wins
                if (longerKnownInside(s, i, j)) break;
                int begin = toks.get(j - 1).endPosition() - bare.length();
                out.add(new Span(s.index(), i, j, begin, toks.get(j - 1).endPosition(), bare, e.type(), "lexicon", e.name()));
                i = j - 1;
                break;
            }
        }
    }

    /** Whether a known name longer than tokens [from, to) starts inside them and ends after them. */
    private boolean longerKnownInside(AnalyzedSentence s, int from, int to) {
        List<CoreLabel> toks = s.tokens();
        for (int k = from + 1; k < to; k++) {
            for (int j = Math.min(toks.size(), k + MAX_TOKENS); j > to && j - k > to - from; j--) {
                String form = s.span(k, j);
                if (!Character.isUpperCase(form.codePointAt(0))) break;
                LexiconEntry e = lexicon.find(form).orElse(null);
                if (e != null && !acronymInOtherCase(e, form)) return true;
            }
        }
        return false;
    }

    /** "Fair" in "Korea Fair Trade Commission" is not "FAIR": an acronym of the gazetteer matches only in capitals. */
    static boolean acronymInOtherCase(LexiconEntry e, String form) {
        if (form.equals(form.toUpperCase(Locale.ROOT))) return false;
        if (e.name().equals(form) || e.aliases().contains(form)) return false;
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .anyMatch(f -> f.equalsIgnoreCase(form) && f.equals(f.toUpperCase(Locale.ROOT)));
    }

    /** "ex-Meta" and "anti-OpenAI" name Meta and OpenAI. */
    private static String stripPrefix(String form) {
        int dash = form.indexOf('-');
        if (dash > 0 && dash <= 4 && form.length() > dash + 1 && Character.isUpperCase(form.charAt(dash + 1))
                && Character.isLowerCase(form.charAt(0))) {
            return form.substring(dash + 1);
        }
        return form;
    }

    private void ner(AnalyzedSentence s, String lang, List<Span> out) {
        List<CoreLabel> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            String cls = nerClass(toks.get(i).ner());
            if (cls == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && cls.equals(nerClass(toks.get(j).ner())) && !isBreak(toks, j)) j++;
            // "Han Ji-woo", "Kim Min-jun": the tokenizer splits a hyphenated given name the tagger leaves half outside
            if (cls.equals("PER")) j = hyphenatedEnd(toks, j);
            int from = i;
            while (from < j && cues.is("not-name", toks.get(from).word())) from++;
            // "Le Directeur Scientifique Yann LeCun", "le Premier Ministre Narendra Modi": the capitalised title the
            // tagger put in front of a person's name is no part of it
            if (cls.equals("PER")) {
                while (from < j - 1 && (cues.is("role-word", toks.get(from).word()) || cues.is("title-word", toks.get(from).word())
                        || cues.is("not-name", toks.get(from).word()))) from++;
            }
            int to = j;
            while (to > from && (cues.is("not-name", toks.get(to - 1).word()) && !(to - from > 1 && cues.is("company-word", toks.get(to - 1).word()))
                    && !surname(toks, from, to, cls) || isPossessive(toks.get(to - 1).word()))) to--;
            // "Corriden's Loom Architecture Group", "Parliament's Science": a possessive inside the tagger's run ends the
            // possessor's name and opens another's, unless only one organization word follows ("Commissioner's Office")
            int cut = innerPossessive(toks, from, to);
            if (cut > from) {
                Span owner = nerSpan(s, from, cut, cls, lang);
                if (owner != null) out.add(owner);
                from = cut + 1;
            }
            if (to > from) {
                Span span = nerSpan(s, from, to, cls, lang);
                if (span != null) out.add(span);
            }
            i = j;
        }
    }

    /**
     * True when the last word of a person's name of two words, after a known given name, is a surname that is also a
     * word the not-name list holds for headings and numbering ("Larry Page", "Doris Day"): no role, title or month.
     */
    private boolean surname(List<CoreLabel> toks, int from, int to, String cls) {
        if (!cls.equals("PER") || to - from != 2 || !cues.isGivenName(toks.get(from).word())) return false;
        String w = toks.get(to - 1).word();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase)
                && !cues.is("role-word", w) && !cues.is("title-word", w) && !cues.isMonth(w);
    }

    private Span nerSpan(AnalyzedSentence s, int from, int to, String cls, String lang) {
        String text = clean(s.span(from, to));
        // one letter is no name ("une série B": a funding round)
        if (text.length() < 2 || !Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))) return null;
        for (int k = from; k < to; k++) {
            if (cues.is("role-word", s.tokens().get(k).word())) return null;
        }
        if (DATE_LIKE.matcher(text).find() || (to - from == 1 && ACRONYM.matcher(text).matches() && !cls.equals("PER"))) return null;
        if (cues.is("not-name", text)) return null;
        if (!cls.equals("PER") && to - from > 1 && !allContentWordsCapitalised(s, from, to)) return null;
        if (cls.equals("PER") && to - from == 1 && !cues.isGivenName(text)) {
            // NER calls many unknown single words persons (models, brands): keep only if confirmed elsewhere
            return new Span(s.index(), from, to, s.tokens().get(from).beginPosition(), s.tokens().get(to - 1).endPosition(),
                    text, EntityType.Person, "weak", null);
        }
        int begin = s.tokens().get(from).beginPosition();
        int end = s.tokens().get(to - 1).endPosition();
        EntityType type = typeOf(s, from, to, text, cls);
        if (type == null) return null;
        // "the Lyra chatbot", "the first Lyra model": the word next to the name says more than the tagger's class
        String before = from > 0 ? s.tokens().get(from - 1).word() : "";
        String after = to < s.tokens().size() ? s.tokens().get(to).word() : "";
        boolean cued = (type == EntityType.Model || type == EntityType.Product)
                && (cues.is("model-cue", before) || cues.is("model-cue", after) || cues.is("product-cue", before) || cues.is("product-cue", after));
        // a place the tagger is unsure of may be a person; "Sofia Reyes", a given name and a second name, is one
        boolean namedPerson = type == EntityType.Person && to - from >= 2 && cues.isGivenName(s.tokens().get(from).word());
        String source = cls.equals("LOC") && type == EntityType.Person && !namedPerson ? "weak" : cued ? "cue" : "ner";
        return new Span(s.index(), from, to, begin, end, text, type, source, null);
    }

    /** Types a NER mention from its words and neighbours; {@code null} drops it. */
    private EntityType typeOf(AnalyzedSentence s, int from, int to, String text, String cls) {
        List<CoreLabel> toks = s.tokens();
        boolean hasDigit = text.chars().anyMatch(Character::isDigit);
        boolean orgWord = false;
        for (int k = from; k < to; k++) {
            if (cues.is("org-word", toks.get(k).word())) orgWord = true;
        }
        boolean companyWord = cues.is("company-word", toks.get(to - 1).word()) && to - from > 1;
        String before = from > 0 ? toks.get(from - 1).word() : "";
        String after = to < toks.size() ? toks.get(to).word() : "";
        if (cues.is("model-cue", after) || (cues.is("model-cue", before) && !cls.equals("PER"))) return EntityType.Model;
        if (orgWord) return EntityType.Organization;
        if (companyWord) return EntityType.Company;
        boolean allCapitalised = true;
        for (int k = from; k < to; k++) {
            // "Mei-Ling Chen", "Jean-Luc Martin": the tokenizer splits the hyphen off a given name
            boolean hyphen = toks.get(k).word().equals("-") && k > from && k + 1 < to
                    || k > from + 1 && toks.get(k - 1).word().equals("-") && hyphenatedEnd(toks, k - 1) == k + 1;
            if (!hyphen && !CAPITALISED.matcher(toks.get(k).word()).matches()) allCapitalised = false;
        }
        boolean personLike = allCapitalised && !hasDigit && (to - from >= 2 || cues.is("person-cue", before))
                && (to - from <= 4);
        boolean givenName = cues.isGivenName(toks.get(from).word());
        return switch (cls) {
            case "PER" -> hasDigit ? EntityType.Model : allCapitalised ? EntityType.Person : null;
            case "ORG" -> hasDigit ? EntityType.Model : cues.is("product-cue", after) ? EntityType.Product : EntityType.Company;
            case "MISC" -> {
                if (hasDigit) yield EntityType.Model;
                if (cues.is("product-cue", after) || cues.is("product-cue", before)) yield EntityType.Product;
                if (givenName && personLike) yield EntityType.Person;
                yield CAMEL.matcher(text).matches() ? EntityType.Company : null;
            }
            case "LOC" -> givenName && personLike ? EntityType.Person
                    : (to - from == 1 && allCapitalised && !hasDigit) ? EntityType.Person : null;
            default -> null;
        };
    }

    /** Nouns that describe a company right before its name: "the startup Kyutai", "la société Poolside". */
    private static final java.util.Set<String> DESCRIBED = java.util.Set.of("rival", "concurrent", "competitor", "startup",
            "start-up", "société", "entreprise", "firme", "company", "firm", "laboratoire", "lab");
    private static final java.util.Set<String> ORG_SLOT = java.util.stream.Stream.concat(DESCRIBED.stream(), java.util.stream.Stream.of(
            "chez", "joined", "rejoint", "quitté", "left", "quitting", "leaving", "join", "joining", "rejoindre", "rejoignant",
            "quitter", "quittant")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Set<String> TOP_ROLES = java.util.Set.of("ceo", "pdg", "cto", "founder", "fondateur", "fondatrice",
            "cofondateur", "cofondatrice", "co-founder", "co-fondateur", "chairman");

    /**
     * Where the name that starts at {@code slot} ends: the capitalised words the tagger gives the same class
     * ("co-founder of Lumen Robotics", "joined Google DeepMind"), at most four; the slot's word alone otherwise.
     */
    private int nameEnd(List<CoreLabel> toks, int slot) {
        String cls = nerClass(toks.get(slot).ner());
        int end = slot + 1;
        if (cls == null) return end;
        while (end < toks.size() && end - slot < 4 && CAPITALISED.matcher(toks.get(end).word()).matches()
                && cls.equals(nerClass(toks.get(end).ner())) && !cues.is("not-name", toks.get(end).word())) end++;
        return end;
    }

    /** True when the token after {@code i} can only be an organization. */
    private boolean orgSlot(List<CoreLabel> toks, int i) {
        String w = toks.get(i).word().toLowerCase(Locale.ROOT);
        // "My Company Polska": a capitalised "Company" is part of a name, not a word describing the next one
        if (ORG_SLOT.contains(w)) return !DESCRIBED.contains(w) || Character.isLowerCase(toks.get(i).word().charAt(0));
        return (w.equals("de") || w.equals("of") || w.equals("du")) && i > 0 && TOP_ROLES.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))
                && i + 1 < toks.size() && !cues.is("org-word", toks.get(i + 1).word()) && !cues.is("role-word", toks.get(i + 1).word());
    }

    private void cued(AnalyzedSentence s, String lang, List<Span> out) {
        List<CoreLabel> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            // a quoted capitalised name next to "model": the "Behemoth" model, le modèle « Behemoth »
            if (QUOTE.matcher(w).matches() && i + 2 < toks.size() && QUOTE.matcher(toks.get(i + 2).word()).matches()
                    && CAPITALISED.matcher(toks.get(i + 1).word()).matches()) {
                String next = i + 3 < toks.size() ? toks.get(i + 3).word() : "";
                String prev = i > 0 ? toks.get(i - 1).word() : "";
                String prev2 = i > 1 ? toks.get(i - 2).word() : "";
                if (cues.is("model-cue", next) || cues.is("model-cue", prev) || cues.is("model-cue", prev2)) {
                    CoreLabel t = toks.get(i + 1);
                    out.add(new Span(s.index(), i + 1, i + 2, t.beginPosition(), t.endPosition(), t.word(), EntityType.Model, "cue", null));
                }
            }
            // a capitalised word where only an organization fits: "chez Gionee", "PDG de Gionee", "joined Ramp", "the
            // startup Kyutai", and in French after the adjective that follows the noun: "la start-up lyonnaise Koyeb"
            boolean adjective = i + 2 < toks.size() && lang.equals("fr") && DESCRIBED.contains(w)
                    && toks.get(i + 1).word().chars().allMatch(Character::isLowerCase);
            int slot = adjective ? i + 2 : i + 1 < toks.size() && orgSlot(toks, i) ? i + 1 : -1;
            if (slot > 0) {
                CoreLabel t = toks.get(slot);
                String next = t.word();
                boolean location = "LOCATION".equals(t.ner()) && !lang.equals("fr");
                if (CAPITALISED.matcher(next).matches() && !location && !cues.is("not-name", next)
                        && !cues.isGivenName(next) && lexicon.find(next).isEmpty()) {
                    int end = nameEnd(toks, slot);
                    out.add(new Span(s.index(), slot, end, t.beginPosition(), toks.get(end - 1).endPosition(), s.span(slot, end),
                            EntityType.Company, "cue", null));
                }
            }
            // a capitalised name right after a person cue: "CEO Sam Altman", "fondateur Lei Jun"
            if (cues.is("person-cue", w) && !Character.isUpperCase(w.charAt(0)) || w.equals("CEO") || w.equals("PDG")) {
                int j = i + 1;
                while (j < toks.size() && j - i <= 3 && CAPITALISED.matcher(toks.get(j).word()).matches()
                        && !cues.is("not-name", toks.get(j).word()) && lexicon.find(toks.get(j).word()).isEmpty()) j++;
                if (j - i >= 3) {
                    j = hyphenatedEnd(toks, j);
                    out.add(new Span(s.index(), i + 1, j, toks.get(i + 1).beginPosition(), toks.get(j - 1).endPosition(),
                            s.span(i + 1, j), EntityType.Person, "cue", null));
                }
            }
        }
    }

    /** Without statistical NER: a known given name followed by capitalised words is a person ("Maren Holloway"). */
    private void givenNames(AnalyzedSentence s, List<Span> out) {
        List<CoreLabel> toks = s.tokens();
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!cues.isGivenName(toks.get(i).word())) continue;
            int j = i + 1;
            while (j < toks.size() && j - i <= 3 && CAPITALISED.matcher(toks.get(j).word()).matches()
                    && !cues.is("not-name", toks.get(j).word()) && lexicon.find(toks.get(j).word()).isEmpty()) j++;
            if (j - i < 2) continue;
            j = hyphenatedEnd(toks, j);
            out.add(new Span(s.index(), i, j, toks.get(i).beginPosition(), toks.get(j - 1).endPosition(), s.span(i, j),
                    EntityType.Person, "cue", null));
            i = j - 1;
        }
    }

    private void shapes(AnalyzedSentence s, List<Span> out) {
        List<CoreLabel> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            String w = stripPrefix(toks.get(i).word());
            if (w.length() < 4 || !CAMEL.matcher(w).matches() || cues.is("not-name", w) || ACRONYM.matcher(w).matches()) continue;
            CoreLabel t = toks.get(i);
            out.add(new Span(s.index(), i, i + 1, t.endPosition() - w.length(), t.endPosition(), w, EntityType.Company, "shape", null));
        }
    }

    private static List<Span> resolveOverlaps(List<Span> all) {
        List<Span> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Span::priority).reversed()
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparingInt(Span::from));
        List<Span> kept = new ArrayList<>();
        for (Span s : sorted) {
            boolean clash = false;
            for (Span k : kept) {
                if (!k.overlaps(s)) continue;
                // a longer NER name that contains a gazetteer name ("Hugging Face Hub") still loses
                clash = true;
                break;
            }
            if (!clash) kept.add(s);
        }
        kept.sort(Comparator.comparingInt(Span::from));
        return kept;
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("of", "for", "and", "&", "de", "du", "des", "la",
            "le", "les", "et", "the", "in", "on", "at", "d'", "l'", "-", "y", "del", "der", "für", "und");

    private static boolean allContentWordsCapitalised(AnalyzedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.tokens().get(k).word();
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
        }
        return true;
    }

    private static String nerClass(String tag) {
        if (tag == null) return null;
        String t = tag.startsWith("I-") || tag.startsWith("B-") ? tag.substring(2) : tag;
        return switch (t) {
            case "PERSON", "PER" -> "PER";
            case "ORGANIZATION", "ORG" -> "ORG";
            case "MISC" -> "MISC";
            case "LOCATION", "LOC" -> "LOC";
            default -> null;
        };
    }

    /**
     * Punctuation that ends a name even when NER runs over it ("Trenton Bricken - Research Scientist"),
     * unless it is glued to its neighbours ("High-Flyer").
     */
    private static boolean isBreak(List<CoreLabel> toks, int j) {
        String w = toks.get(j).word();
        boolean punctuation = w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) && w.charAt(0) != '&' && w.charAt(0) != '.'
                || w.equals("--") || Parentheses.either(w);
        if (!punctuation) return false;
        boolean glued = (w.equals("-") || w.equals("/")) && j + 1 < toks.size()
                && toks.get(j - 1).endPosition() == toks.get(j).beginPosition()
                && toks.get(j).endPosition() == toks.get(j + 1).beginPosition();
        return !glued;
    }

    /** One syllable of a romanised Korean or Chinese given name: "Ji", "woo", "Seo", "yeon", "Xiao". */
    private static final Pattern SYLLABLE = Pattern.compile("\\p{L}\\p{Ll}{1,4}");
    /** "dit-il", "a-t-elle": French pronouns glued to a verb. */
    private static final java.util.Set<String> CLITICS = java.util.Set.of("il", "elle", "ils", "elles", "on", "t", "je", "tu", "nous", "vous");

    /**
     * Where a person's name ends when its last word goes on after a hyphen in lower case ("Han Ji-woo", "Park
     * Seo-yeon"): the tokenizer splits the hyphenated given name and the tagger or a cue keeps only its first half.
     */
    private static int hyphenatedEnd(List<CoreLabel> toks, int end) {
        if (end + 1 < toks.size() && end > 0 && toks.get(end).word().equals("-") && !isBreak(toks, end)
                && SYLLABLE.matcher(toks.get(end - 1).word()).matches() && SYLLABLE.matcher(toks.get(end + 1).word()).matches()
                && Character.isLowerCase(toks.get(end + 1).word().charAt(0)) && !CLITICS.contains(toks.get(end + 1).word())) {
            return end + 2;
        }
        return end;
    }

    /**
     * The last possessive inside a tagger's run of names that parts two names ("Corriden's Loom Architecture Group"), or
     * -1: none, or one that only an organization word follows ("Information Commissioner's Office").
     */
    private int innerPossessive(List<CoreLabel> toks, int from, int to) {
        for (int p = to - 2; p > from; p--) {
            if (!possessiveS(toks.get(p).word())) continue;
            if (p + 2 == to && cues.is("org-word", toks.get(p + 1).word())) return -1;
            return p;
        }
        return -1;
    }

    private static boolean isPossessive(String w) {
        return possessiveS(w) || w.equals("'") || w.equals("’");
    }

    /** The possessive ending as the tokenizer parts it from its name: "'s" or "’s". */
    static boolean possessiveS(String w) {
        return "'s".equals(w) || "’s".equals(w);
    }

    /** Removes quotes, possessives and surrounding punctuation from a surface form. */
    static String clean(String form) {
        String f = form.replaceAll("['’]s$", "").replaceAll("^[\\p{Punct}«»“”‘’\\s]+|[\\p{Punct}«»“”‘’\\s&&[^.)]]+$", "");
        f = f.replaceAll("^(?i)(d|l)['’]", "");
        return f.trim().toLowerCase(Locale.ROOT).equals(f.trim()) && f.length() < 2 ? "" : f.trim();
    }
}
