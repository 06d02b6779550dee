package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names that a describing noun introduces, whatever the tagger makes of them: the noun right before the name with its
 * determiner ("le modèle Vega Pro", "l'application Carnet", "la jeune pousse Zentra", "the app Tessel") or an
 * apposition right after it ("Boussole, une application de traduction", "Sirène Max, son plus grand modèle"). The
 * noun's cue list (model-cue, product-cue, org-description in {@code extract/cues.tsv}) gives the span's type, which
 * the learned typer then weighs with the rest: the French tagger calls many such capitalised pairs persons ("Nova
 * Lumière", a startup) or nothing at all (an unknown one-word name). A name that opens with a known given name is left
 * to the tagger ("l'assistant Marc Dupont"). Stateless apart from the shared word lists.
 */
final class DescribedNames {
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\d.&'’-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    /** A lower-case code name of hyphenated parts ("gpt-nano-mini", "vega-2-lite"). */
    private static final Pattern CODE = Pattern.compile("\\p{Ll}[\\p{Ll}\\d.]*(-[\\p{Ll}\\d.]+)+");
    /** The cue list of a describing noun, and the type it gives the name it describes. */
    private static final Map<String, EntityType> LISTS = Map.of(
            "model-cue", EntityType.Model, "product-cue", EntityType.Product, "org-description", EntityType.Company);
    /** Words of a name at most. */
    private static final int MAX_WORDS = 4;
    /** Lower-case words at most between an apposition's determiner and its noun ("son plus grand modèle"). */
    private static final int MAX_MODIFIERS = 3;
    /** Words at most between a describing noun and the name after it ("son agent vocal Filigrane", "sa puce d'inférence T9"). */
    private static final int MAX_AFTER_NOUN = 4;
    /** Tokens at most in a name's own parenthesis before an apposition ("Vega Mini (multimodal, mai 2024) : un modèle"). */
    private static final int MAX_PARENTHESIS = 8;

    private final Cues cues;
    private final Lexicon lexicon;

    DescribedNames(Cues cues, Lexicon lexicon) {
        this.cues = cues;
        this.lexicon = lexicon;
    }

    /** The described names of a sentence, source "cue", typed by their describing noun. */
    List<Span> find(AnalyzedSentence s, String lang) {
        List<Span> out = new ArrayList<>();
        List<CoreLabel> toks = s.tokens();
        for (int i = 1; i + 1 < toks.size(); i++) {
            EntityType type = typeOfNoun(toks.get(i).word());
            if (type == null || !opensPhrase(toks, i)) continue;
            int start = afterModifiers(toks, i + 1);
            int end = nameEnd(toks, start);
            if (end > start) add(s, start, end, type, out);
        }
        for (int c = 1; c + 2 < toks.size(); c++) {
            String sep = toks.get(c).word();
            boolean colon = sep.equals(":");
            if (!sep.equals(",") && !colon || !cues.is("determiner", colon ? lower(toks.get(c + 1).word()) : toks.get(c + 1).word())) continue;
            EntityType type = null;
            for (int k = c + 2; k < toks.size() && k <= c + 2 + MAX_MODIFIERS; k++) {
                String w = toks.get(k).word();
                if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) break;
                type = typeOfNoun(w);
                if (type != null) break;
            }
            if (type == null) continue;
            // "Vega Mini (mai 2024) : une version allégée ...": the name's own parenthesis stands between it and the
            // apposition
            int nameTo = c;
            if (Parentheses.closes(toks.get(c - 1).word())) {
                int open = c - 2;
                while (open > 0 && c - open <= MAX_PARENTHESIS && !Parentheses.either(toks.get(open).word())) open--;
                if (open <= 0 || !Parentheses.opens(toks.get(open).word())) continue;
                nameTo = open;
            }
            int from = nameTo;
            while (from > 0 && nameTo - from < MAX_WORDS && isNameWord(toks.get(from - 1).word())) from--;
            // "**gpt-nano-mini** : un modèle vocal compact": a model's lower-case code name opening its line
            boolean code = colon && nameTo == 1 && from == 1 && CODE.matcher(toks.get(0).word()).matches();
            if (code) from = 0;
            if (!code && (from == nameTo || !CAPITALISED.matcher(toks.get(from).word()).matches() || nameEnd(toks, from) != nameTo)) continue;
            // a colon's apposition describes a name that opens its line ("**Vega Mini** (mai 2024) : un modèle ...")
            if (colon && from > 0) continue;
            // "Ensuite, une application ...": a common word capitalised because it opens the sentence
            if (from == 0 && commonWord(toks.get(from).word(), lang)) continue;
            add(s, from, nameTo, type, out);
        }
        return out;
    }

    private void add(AnalyzedSentence s, int from, int to, EntityType type, List<Span> out) {
        List<CoreLabel> toks = s.tokens();
        String first = toks.get(from).word();
        if (cues.isGivenName(first) || cues.isMonth(first) || lexicon.find(s.span(from, to)).isPresent()) return;
        // "la plateforme Atelier K." at the end of a sentence: the tokenizer keeps the period on the letter
        int end = toks.get(to - 1).endPosition();
        String text = s.span(from, to);
        if (to == toks.size() && text.endsWith(".") && toks.get(to - 1).word().length() <= 2) {
            text = text.substring(0, text.length() - 1);
            end--;
        }
        text = SpanFinder.clean(text);
        if (text.length() < 2) return;
        out.add(new Span(s.index(), from, to, toks.get(from).beginPosition(), end, text, type, "cue", null));
    }

    /** The type a describing noun gives, written in lower case ("modèle", "application"), or {@code null}. */
    private EntityType typeOfNoun(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) return null;
        for (Map.Entry<String, EntityType> e : LISTS.entrySet()) {
            if (cues.is(e.getKey(), word)) return e.getValue();
        }
        return null;
    }

    /**
     * Where the name after describing noun {@code from - 1} starts: right after it, or after the noun's own lower-case
     * modifiers in a language that puts them after the noun, adjectives and "de" complements tagged by Universal
     * Dependencies ("son agent vocal Filigrane", "son moteur de recherche Sondeur", "sa puce d'inférence T9"). A
     * complement's own name is no described name ("l'application mobile de Google": the last word before the name must
     * be an adjective or a noun, not the preposition).
     */
    private int afterModifiers(List<CoreLabel> toks, int from) {
        int k = from;
        while (k < toks.size() && k - from < MAX_AFTER_NOUN) {
            CoreLabel t = toks.get(k);
            String w = t.word();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) break;
            String tag = t.tag() == null ? "" : t.tag();
            boolean complement = w.matches("de|d'|d’") && k + 1 < toks.size() && "NOUN".equals(toks.get(k + 1).tag())
                    && Character.isLowerCase(toks.get(k + 1).word().charAt(0));
            if (!tag.equals("ADJ") && !complement) break;
            k += complement ? 2 : 1;
        }
        return k > from && k < toks.size() && CAPITALISED.matcher(toks.get(k).word()).matches() ? k : from;
    }

    /** A determiner before the noun, or before the adjective in front of it ("la jeune pousse", "son nouveau modèle"). */
    private boolean opensPhrase(List<CoreLabel> toks, int noun) {
        if (cues.is("determiner", toks.get(noun - 1).word())) return true;
        String adjective = toks.get(noun - 1).word();
        return noun > 1 && !adjective.isEmpty() && Character.isLowerCase(adjective.charAt(0)) && cues.is("determiner", toks.get(noun - 2).word());
    }

    /** Where a name of capitalised words (and version numbers: "Houle 2") that starts at {@code from} ends. */
    private int nameEnd(List<CoreLabel> toks, int from) {
        if (!CAPITALISED.matcher(toks.get(from).word()).matches()) return from;
        int end = from;
        while (end < toks.size() && end - from < MAX_WORDS && isNameWord(toks.get(end).word())) end++;
        return end;
    }

    private boolean isNameWord(String w) {
        return (CAPITALISED.matcher(w).matches() || NUMBER.matcher(w).matches() && !w.matches("(19|20)\\d\\d"))
                && !cues.is("not-name", w) && !cues.is("role-word", w) && !cues.isMonth(w);
    }

    private static boolean commonWord(String w, String lang) {
        TaggerVocabulary vocabulary = TaggerVocabulary.forLanguage(lang);
        return vocabulary != null && vocabulary.count(lower(w)) > vocabulary.count(w);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
