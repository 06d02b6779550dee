package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The evidence the learned typer weighs for one candidate entity, read from ALL its mentions in the article: the
 * words of its name (head and first word, suffix, shape: casing, digits, hyphens), the gazetteer's type for the name
 * or a word of it, the cue-word lists the name's words or its neighbours belong to, CoreNLP's NER label and part of
 * speech, the words right before and after each mention, the nearest verbs and the nouns that describe it (an
 * apposition: "Quillon, the phone maker"; "la place de marché Artizo"), read from the words, not the parse (typing
 * parses no sentence), where the mentions stand
 * (heading, start of a sentence, parentheses, quotes) and how the article uses the name (how often; whether its word
 * also appears in lower case, as common words do). Features are strings; a candidate's features are a sorted set.
 * Stateless apart from the shared word lists; one instance per extractor.
 */
final class TypingFeatures {
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CAMEL = Pattern.compile(".*\\p{Ll}\\p{Lu}.*");
    private static final List<String> CUE_LISTS = List.of("model-cue", "product-cue", "person-cue", "org-description", "role-word",
            "org-word", "company-word", "not-name", "no-entity-word");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "‘", "’", "'", "``", "''");

    /** The bundled cue lists, for the static readers of a mention's context. */
    private static final Cues CUES = Cues.bundled();

    private final Lexicon lexicon;
    private final Cues cues;

    TypingFeatures(Lexicon lexicon, Cues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /** What one article tells about all its words, computed once per article. */
    static final class Article {
        final String lang;
        final List<AnalyzedSentence> sentences;
        final Map<String, Integer> lowercaseTokens = new HashMap<>();

        Article(String lang, List<AnalyzedSentence> sentences) {
            this.lang = lang;
            this.sentences = sentences;
            for (AnalyzedSentence s : sentences) {
                for (int i = 0; i < s.tokens().size(); i++) {
                    String w = s.tokens().get(i).word();
                    if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lowercaseTokens.merge(w, 1, Integer::sum);
                }
            }
        }
    }

    /** The features of a candidate, sorted. They need no parse: typing parses no sentence. */
    TreeSet<String> of(Candidate c, Article a) {
        TreeSet<String> f = new TreeSet<>();
        f.add("bias");
        f.add("lang=" + a.lang);
        String name = c.name();
        name(name, f);
        gazetteer(c, name, f);
        int mentions = c.spans().size();
        f.add("mentions=" + (mentions == 1 ? "1" : mentions == 2 ? "2" : mentions <= 5 ? "3-5" : "6+"));
        if (c.spans().stream().map(Span::text).distinct().count() > 1) f.add("forms>1");
        boolean allHeadings = true;
        for (Span s : c.spans()) {
            AnalyzedSentence sentence = a.sentences.get(s.sentence());
            if (!sentence.headingLike()) allHeadings = false;
            mention(s, sentence, f);
        }
        if (allHeadings) f.add("only-headings");
        // the tagger calls many capitalised pairs persons ("Nova Lumière", a startup; "Vega Pro", a model): its label
        // weighs apart when no known given name opens the name, and where a describing noun says what it is
        if (f.contains("ner=PERSON") && name.contains(" ")) {
            if (!f.contains("given-name-first")) f.add("ner-person-no-given-name");
            for (String t : List.of("Company", "Model", "Product")) {
                if (f.contains("cue=" + t)) f.add("ner-person-cue=" + t);
            }
        }
        // a platform bought or run as a business in the article is a Company (FORMAT.md): the gazetteer's Product entry
        // for its name is then other evidence than for a name used as a product, and weighs apart
        if (f.contains("ctx=business")) {
            for (String g : List.of("gaz=Product", "gaz-canonical=Product", "gaz-made", "gaz-family")) {
                if (f.remove(g)) f.add(g + ":business");
            }
        }
        // a common word capitalised by position or by a title ("Outlook", "Training") also appears in lower case
        TaggerVocabulary vocabulary = TaggerVocabulary.forLanguage(a.lang);
        if (vocabulary != null) {
            String[] words = name.split("\\s+");
            vocabulary(vocabulary, words[words.length - 1], words.length == 1 ? "only" : "last", f);
            if (words.length > 1) vocabulary(vocabulary, words[0], "first", f);
            // "Compute Budget", "Resource Allocation": every word of the name is more often written in lower case
            if (words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> commoner(vocabulary, w))) f.add("vocab-all-common");
        }
        // French notes keep English company names ("Schneider Electric", "Keystone Robotics", "Cainiao Logistics"): a
        // last word that English writes as a common word is no surname, whatever the French tagger says of it
        if (!a.lang.equals("en")) {
            TaggerVocabulary english = TaggerVocabulary.forLanguage("en");
            if (english != null && name.contains(" ")) {
                String lastWord = lastWord(name);
                String lower = lastWord.toLowerCase(Locale.ROOT);
                int common = lower.equals(lastWord) ? 0 : english.count(lower);
                f.add("english-last-lower=" + bucket(common));
                if (common > english.count(lastWord)) f.add("english-last-common");
            }
        }
        String last = lastWord(name).toLowerCase(Locale.ROOT);
        if (a.lowercaseTokens.containsKey(last)) f.add(name.contains(" ") ? "last-lowercase-elsewhere" : "lowercase-elsewhere");
        return f;
    }

    /** What the tagger's corpus says of a word of the name: seen in lower case (a common word), as written, or never. */
    private static void vocabulary(TaggerVocabulary v, String word, String which, TreeSet<String> f) {
        String lower = word.toLowerCase(Locale.ROOT);
        int exact = v.count(word);
        int common = lower.equals(word) ? 0 : v.count(lower);
        f.add("vocab-" + which + "-exact=" + bucket(exact));
        f.add("vocab-" + which + "-lower=" + bucket(common));
        for (String t : v.tags(word)) f.add("vocab-" + which + "-tag=" + coarse(t));
        if (exact == 0 && common == 0) f.add("vocab-" + which + "-unknown");
    }

    /** True when the tagger's corpus has the word in lower case more often than as written (a common word capitalised). */
    private static boolean commoner(TaggerVocabulary v, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.equals(word) && v.count(lower) > v.count(word);
    }

    private static String bucket(int n) {
        return n == 0 ? "0" : n < 10 ? "1-9" : n < 100 ? "10-99" : "100+";
    }

    private void name(String name, TreeSet<String> f) {
        String[] words = name.split("\\s+");
        f.add("words=" + Math.min(words.length, 4));
        for (String w : words) f.add("w=" + w.toLowerCase(Locale.ROOT));
        String last = words[words.length - 1];
        String first = words[0];
        f.add("last=" + last.toLowerCase(Locale.ROOT));
        if (words.length > 1) f.add("first=" + first.toLowerCase(Locale.ROOT));
        String letters = last.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() >= 4) f.add("suffix=" + letters.substring(letters.length() - 3));
        f.add("shape=" + shape(name));
        if (DIGIT.matcher(name).find()) f.add("digit");
        if (name.contains("-")) f.add("hyphen");
        if (name.contains(".")) f.add("period");
        String lettersOnly = name.replaceAll("[^\\p{L}]", "");
        if (lettersOnly.length() >= 2 && lettersOnly.equals(lettersOnly.toUpperCase(Locale.ROOT))) f.add("all-caps");
        if (CAMEL.matcher(name).matches()) f.add("camel");
        if (!name.isEmpty() && Character.isLowerCase(name.charAt(0))) f.add("lowercase-initial");
        if (name.length() <= 3) f.add("short");
        if (cues.isGivenName(first)) f.add(words.length > 1 ? "given-name-first" : "given-name-alone");
        // "X. Musk", "A. Kowalska": an initial in front of a name
        if (words.length > 1 && first.matches("\\p{Lu}\\.")) f.add("initial-first");
        if (cues.isMonth(first)) f.add("month");
        for (String list : CUE_LISTS) {
            if (cues.is(list, name)) f.add("name-is=" + list);
            for (String w : words) {
                if (cues.is(list, w)) f.add("name-has=" + list);
            }
        }
        if (cues.is("company-word", last) && words.length > 1) f.add("ends-company-word");
        if (words.length > 1) {
            // the head word says what kind of thing a name is: "University of Warsaw", "Semiconductor Industry
            // Association", "Turing Award", "Prix Turing", "Google Play Store"
            String head = head(words);
            f.add("head=" + head.toLowerCase(Locale.ROOT));
            for (String list : CUE_LISTS) {
                if (cues.is(list, head)) f.add("head-is=" + list);
                if (cues.is(list, first)) f.add("first-is=" + list);
                if (cues.is(list, last)) f.add("last-is=" + list);
            }
        }
    }

    /** Words that join a name's head to its complement ("University of Warsaw", "Bourse de Paris"). */
    private static final Set<String> OF = Set.of("of", "for", "in", "de", "du", "des", "d'", "la", "le", "der", "del");

    /**
     * The head word of a name of several words: the word before its first "of"/"de" ("Institute of Deep Learning",
     * "Université de Montréal"); else its first word when that one is a cue word and the last is not, as French puts
     * it ("Prix Turing", "Université Laval"); else its last word ("Semiconductor Industry Association", "Turing Award").
     */
    private String head(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (OF.contains(words[i].toLowerCase(Locale.ROOT))) return words[i - 1];
        }
        String first = words[0];
        String last = words[words.length - 1];
        if (inSomeList(first) && !inSomeList(last)) return first;
        return last;
    }

    private boolean inSomeList(String word) {
        for (String list : CUE_LISTS) {
            if (cues.is(list, word)) return true;
        }
        return false;
    }

    /**
     * True when every mention of the candidate stands where the language's context cues name an organization one came
     * from ("passé par X", "ancienne de X", "ex-X", "a former engineer at X"; cue ORIGIN in {@code context.tokensregex})
     * and its name opens with no known given name: no person is named there ("Granit Data", "Helix Cloud", which the
     * French tagger calls persons).
     */
    boolean onlyAsOrigin(Candidate c, Article article) {
        ContextCues context = ContextCues.bundled(article.lang);
        if (c.spans().isEmpty() || opensWithGivenName(c)) return false;
        for (Span s : c.spans()) {
            if (s.sentence() < 0 || s.sentence() >= article.sentences.size()
                    || !context.at("ORIGIN", article.sentences.get(s.sentence()), s.from())) return false;
        }
        return true;
    }

    /** True when a known given name opens the candidate's name ("Marc Dupont"). */
    boolean opensWithGivenName(Candidate c) {
        return cues.isGivenName(c.name().split("\\s+")[0]);
    }

    /**
     * True when a name of several words reads as a thing's, not a person's: no known given name opens it, its first
     * word is no proper name the taggers' corpora know (written capitalised more often than not: "Larry", "Wang"), and
     * its last word is one the cue lists give companies or organizations ("Cainiao Logistics", "Arkane
     * Semiconductors") or a common English word the English corpus seldom capitalises ("Orvane Voice", "Pervenche
     * Market", "Granit Data"). French notes keep English brand names, which the French tagger calls persons; English
     * surnames that are common words ("Son", "Gates", "Cook") are written capitalised often enough, or follow a given
     * name. The common-word test is for French articles only: in an English one a person with a rare given name and a
     * surname that is a word ("Mara Quell") is more likely than a brand the English tagger calls a person.
     */
    boolean namedLikeAThing(Candidate c, Article article) {
        String[] words = c.name().split("\\s+");
        if (words.length < 2 || cues.isGivenName(words[0]) || properName(words[0])) return false;
        String last = words[words.length - 1];
        if (cues.is("company-word", last) || cues.is("org-word", last)) return true;
        if (!"fr".equals(article.lang)) return false;
        TaggerVocabulary english = TaggerVocabulary.forLanguage("en");
        if (english == null) return false;
        String lower = last.toLowerCase(Locale.ROOT);
        if (lower.equals(last)) return false;
        int common = english.count(lower);
        return common >= 5 && english.count(last) < COMMON_CAPITALISED * common;
    }

    /** A common word's capitalised share under which it is no surname: "Voice" 10 to 167, "Son" 224 to 737. */
    private static final double COMMON_CAPITALISED = 0.2;

    /** True when the English or French tagger's corpus has the word capitalised, and more often than in lower case, five times or more. */
    private static boolean properName(String word) {
        for (String lang : List.of("en", "fr")) {
            TaggerVocabulary v = TaggerVocabulary.forLanguage(lang);
            if (v == null) continue;
            int exact = v.count(word);
            String lower = word.toLowerCase(Locale.ROOT);
            if (exact >= 5 && (lower.equals(word) || exact > v.count(lower))) return true;
        }
        return false;
    }

    /** True when the gazetteer knows the candidate's whole name as something other than a person. */
    boolean knownName(Candidate c) {
        return lexicon.find(c.name()).filter(e -> e.type() != EntityType.Person).isPresent();
    }

    private void gazetteer(Candidate c, String name, TreeSet<String> f) {
        for (Span s : c.spans()) {
            Optional<LexiconEntry> e = lexicon.find(s.text());
            if (e.isPresent()) {
                f.add("gaz=" + e.get().type());
                if (e.get().versionedType() != null) f.add("gaz-family");
                if (e.get().maker() != null) f.add("gaz-made");
            }
        }
        if (c.canonical() != null) lexicon.find(c.canonical()).ifPresent(e -> f.add("gaz-canonical=" + e.type()));
        String[] words = name.split("[\\s-]+");
        if (words.length > 1) {
            // "Apple Pay", "Google Cloud", "Orka Research": the name starts with a known one, or contains one
            lexicon.find(words[0]).ifPresent(e -> f.add("gaz-first=" + e.type()));
            for (int i = 1; i < words.length; i++) {
                int k = i;
                lexicon.find(words[i]).ifPresent(e -> f.add("gaz-word=" + e.type() + (k == words.length - 1 ? ":last" : "")));
            }
            // the family of a versioned name: "Orka 6" after the company "Orka"
            String head = name.substring(0, Math.max(name.lastIndexOf(' '), name.lastIndexOf('-'))).trim();
            if (!head.isEmpty()) lexicon.find(head).ifPresent(e -> f.add("gaz-head=" + e.type()));
        }
    }

    /** The features of one mention. */
    private void mention(Span s, AnalyzedSentence sentence, TreeSet<String> f) {
        List<CoreLabel> toks = sentence.tokens();
        f.add("source=" + s.source());
        if (s.source().equals("pattern")) f.add("pattern=" + s.type());
        // the type a cue gave the mention: a describing word, a role, a table column's header ("Company")
        if (s.source().equals("cue")) f.add("cue=" + s.type());
        String ner = ner(toks, s.from(), s.to());
        f.add("ner=" + ner);
        // the part of speech of the name's last word (its head, in most names)
        String tag = toks.get(s.to() - 1).tag();
        if (tag != null) f.add("pos=" + coarse(tag));
        if (sentence.headingLike()) f.add("in-heading");
        if (s.from() == 0 || s.from() > 0 && isOpener(toks.get(s.from() - 1).word())) f.add("sentence-start");
        if (sentence.parenthesisDepth(s.from()) > 0) f.add("in-parentheses");
        String before = s.from() > 0 ? toks.get(s.from() - 1).word() : "<s>";
        String after = s.to() < toks.size() ? toks.get(s.to()).word() : "</s>";
        if (QUOTES.contains(before) && QUOTES.contains(after)) f.add("quoted");
        if (SpanFinder.possessiveS(after)) f.add("possessive");
        f.add("before=" + lower(before));
        f.add("after=" + lower(after));
        if (s.from() > 1) f.add("before2=" + lower(toks.get(s.from() - 2).word()) + " " + lower(before));
        for (String list : CUE_LISTS) {
            if (cues.is(list, before)) f.add("before-is=" + list);
            if (cues.is(list, after)) f.add("after-is=" + list);
        }
        // nouns and verbs close by: "phone maker", "payment service", "a levé", "acquired"
        for (int k = Math.max(0, s.from() - 3); k < Math.min(toks.size(), s.to() + 3); k++) {
            if (k >= s.from() && k < s.to()) continue;
            String t = toks.get(k).tag();
            if (t == null) continue;
            String c = coarse(t);
            if (c.equals("NOUN") || c.equals("VERB")) f.add("near=" + lemma(toks.get(k)));
        }
        window(sentence, s, f);
    }

    /** Words from a mention to the nearest verb looked at, each side. */
    private static final int VERB_REACH = 8;

    /**
     * What the words around a mention say of the part it plays, without a parse (typing parses nothing, so that
     * only the event rules' sentences are parsed): the nearest verb before and after it ("acquired", "launched"),
     * the noun of a phrase after a comma ("Quillon, the phone maker"), the noun right before it ("la place de
     * marché Artizo"). They stand in for the word the parse hangs the mention on, which the typer read before.
     */
    private static void window(AnalyzedSentence sentence, Span s, TreeSet<String> f) {
        List<CoreLabel> toks = sentence.tokens();
        for (int k = s.from() - 1; k >= 0 && k >= s.from() - VERB_REACH; k--) {
            String t = toks.get(k).tag();
            if (t != null && coarse(t).equals("VERB")) {
                f.add("verb-before=" + lemma(toks.get(k)));
                break;
            }
        }
        for (int k = s.to(); k < toks.size() && k < s.to() + VERB_REACH; k++) {
            String t = toks.get(k).tag();
            if (t != null && coarse(t).equals("VERB")) {
                f.add("verb-after=" + lemma(toks.get(k)));
                break;
            }
        }
        // "Quillon, the phone maker, ...": the last noun of the phrase after the comma
        if (s.to() < toks.size() && toks.get(s.to()).word().equals(",")) {
            String noun = null;
            for (int k = s.to() + 1; k < toks.size() && k <= s.to() + 6; k++) {
                String t = toks.get(k).tag();
                if (t == null) break;
                String c = coarse(t);
                if (c.equals("NOUN")) noun = lemma(toks.get(k));
                else if (!(c.equals("ADJ") || c.equals("PROPN") || c.equals("NUM") || t.equals("DT") || t.equals("DET")
                        || t.equals("POS") || t.equals("HYPH"))) break;
            }
            if (noun != null) {
                f.add("appos=" + noun);
                for (String list : CUE_LISTS) {
                    if (CUES.is(list, noun)) f.add("appos-is=" + list);
                }
            }
        }
        business(toks, s, f);
        // "the phone maker Quillon", "la place de marché Artizo": the noun right before the name
        if (s.from() > 0) {
            String t = toks.get(s.from() - 1).tag();
            if (t != null && coarse(t).equals("NOUN")) {
                String noun = lemma(toks.get(s.from() - 1));
                f.add("noun-before=" + noun);
                for (String list : CUE_LISTS) {
                    if (CUES.is(list, noun)) f.add("noun-before-is=" + list);
                }
            }
        }
    }

    /**
     * Whether the mention is used as a business (cue lists company-deal, company-owned, company-act): the object of a
     * deal ("acquired Vantly", "the acquisition of Vantly", "le rachat de Vantly"), the owner of what only a business
     * has ("Vantly's chief executive", "Vantly's employees"), the subject of what only a business does ("Vantly raised",
     * "Vantly has laid off"). A platform that is bought or run as a business is a Company (FORMAT.md), and the gazetteer's
     * Product entry for its name must meet evidence it can be outweighed by.
     */
    private static void business(List<CoreLabel> toks, Span s, TreeSet<String> f) {
        int k = s.from() - 1;
        while (k >= 0 && CUES.is("deal-determiner", toks.get(k).word())) k--;
        if (k >= 0 && (lower(toks.get(k).word()).equals("of") || lower(toks.get(k).word()).equals("de")
                || lower(toks.get(k).word()).equals("d'") || lower(toks.get(k).word()).equals("d’"))) {
            k--;
        }
        if (k >= 0 && (CUES.is("company-deal", toks.get(k).word()) || CUES.is("company-deal", lemma(toks.get(k))))) f.add("ctx=company-deal");
        // "paid $26 billion for Vantly", "a payé 3 milliards pour Vantly": the price between the deal word and the name
        if (k >= 0 && (lower(toks.get(k).word()).equals("for") || lower(toks.get(k).word()).equals("pour"))) {
            for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
                if (CUES.is("company-deal", toks.get(j).word()) || CUES.is("company-deal", lemma(toks.get(j)))) {
                    f.add("ctx=company-deal");
                    break;
                }
            }
        }
        int a = s.to();
        if (a < toks.size() && SpanFinder.possessiveS(toks.get(a).word())) {
            for (int j = a + 1; j < Math.min(toks.size(), a + 4); j++) {
                String w = toks.get(j).word();
                if (CUES.is("company-owned", w) || CUES.is("company-owned", lemma(toks.get(j)))) {
                    f.add("ctx=company-owned");
                    break;
                }
                String t = toks.get(j).tag();
                if (t == null || !(coarse(t).equals("ADJ") || coarse(t).equals("NOUN") && j == a + 1)) break;
            }
        }
        // the subject's verb: up to two auxiliaries or adverbs between ("has laid off", "a récemment levé")
        for (int j = a; j < Math.min(toks.size(), a + 3); j++) {
            CoreLabel t = toks.get(j);
            if (CUES.is("company-act", t.word()) || CUES.is("company-act", lemma(t))) {
                f.add("ctx=company-act");
                break;
            }
            String tag = t.tag();
            if (!PosTags.verbOrAuxiliary(tag) && !PosTags.adverb(tag)) break;
        }
        // the three pooled, so that the few names seen in each context teach one weight
        if (f.contains("ctx=company-deal") || f.contains("ctx=company-owned") || f.contains("ctx=company-act")) f.add("ctx=business");
    }

    private static boolean isOpener(String w) {
        return w.equals("-") || w.equals("*") || w.equals("**") || w.equals(":") || w.equals("•") || w.matches("\\d+\\.?") || QUOTES.contains(w)
                || Parentheses.opens(w);
    }

    /** The tagger's label over the mention: the label of most of its tokens, without B-/I- prefixes. */
    private static String ner(List<CoreLabel> toks, int from, int to) {
        Map<String, Integer> votes = new HashMap<>();
        for (int k = from; k < to; k++) {
            String n = toks.get(k).ner();
            if (n == null) n = "none";
            if (n.startsWith("B-") || n.startsWith("I-")) n = n.substring(2);
            n = switch (n) {
                case "PER" -> "PERSON";
                case "ORG" -> "ORGANIZATION";
                case "LOC" -> "LOCATION";
                default -> n;
            };
            votes.merge(n, 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("none");
    }

    /** English Penn tags and French UD tags to one coarse set. */
    static String coarse(String tag) {
        if (tag.startsWith("NNP") || tag.equals("PROPN")) return "PROPN";
        if (tag.startsWith("NN") || tag.equals("NOUN")) return "NOUN";
        if (PosTags.verbOrAuxiliary(tag)) return "VERB";
        if (tag.startsWith("JJ") || tag.equals("ADJ")) return "ADJ";
        if (tag.equals("CD") || tag.equals("NUM")) return "NUM";
        return "OTHER";
    }

    private static String lemma(CoreLabel t) {
        String l = t.lemma();
        return lower(l != null ? l : t.word());
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static String lastWord(String name) {
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    /** "Quillon Q9" gives "Xx Xd": capitals X, lower case x, digits d, other characters kept, runs collapsed. */
    static String shape(String name) {
        StringBuilder b = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            char c = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : ch;
            if (c != prev) b.append(c);
            prev = c;
        }
        return b.toString();
    }
}
