package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a TokensRegex pattern cannot match without, tested on a sentence before the pattern runs: a matcher costs
 * about as much to start at every token as to match (CoreNLP sets up its backtracking states at each one), and most
 * rules have no chance in most sentences.
 * <p>
 * The gate holds the pattern's <em>mandatory</em> token patterns: those on the one path every match goes through
 * (not optional, before any alternation or repetition: CoreNLP's own {@code findNodePatterns(filter, false, false)},
 * which its multi-pattern trigger uses too). Every non-empty match holds a token each of them matches, so a sentence
 * without such a token cannot match and the rule is skipped; the rule's result is unchanged (the gate only says
 * "cannot match", never "matches"). A mandatory token pattern that asks a word, lemma or tag to be one of a few plain
 * words ({@code [{lemma:/join|rejoin/}]}) is looked up in the sentence's words; another one is tested on each token
 * with CoreNLP's own node matcher; a pattern with no mandatory token (it opens with an alternation) runs where some
 * token matches one of its token patterns.
 * Immutable, thread-safe.
 */
final class WordGate {
    /** A regular expression that is a plain alternation of words: letters, digits, spaces, hyphens, apostrophes. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N} '’-]+(\\|[\\p{L}\\p{N} '’-]+)*");

    /** A token attribute that must be one of these words, compared in lower case. */
    private record Words(Class<?> key, Set<String> lowerCase) {
    }

    /** A gate that lets every sentence through. */
    static final WordGate OPEN = new WordGate(List.of(), List.of());

    private final List<Words> words;
    private final List<NodePattern<edu.stanford.nlp.util.CoreMap>> others;
    /**
     * For a pattern with no mandatory token (it opens with an alternation): every token pattern it has, of which a
     * sentence must hold a token matching one; {@code null} when not used.
     */
    private final List<NodePattern<edu.stanford.nlp.util.CoreMap>> anyOf;

    private WordGate(List<Words> words, List<NodePattern<edu.stanford.nlp.util.CoreMap>> others) {
        this(words, others, null);
    }

    private WordGate(List<Words> words, List<NodePattern<edu.stanford.nlp.util.CoreMap>> others,
                     List<NodePattern<edu.stanford.nlp.util.CoreMap>> anyOf) {
        this.words = words;
        this.others = others;
        this.anyOf = anyOf;
    }

    /** The gate of a compiled pattern. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static WordGate of(TokenSequencePattern pattern) {
        List<NodePattern> mandatory = new ArrayList<>(pattern.findNodePatterns(Function.identity(), false, false));
        List<Words> words = new ArrayList<>();
        List<NodePattern<edu.stanford.nlp.util.CoreMap>> others = new ArrayList<>();
        for (NodePattern node : mandatory) {
            Words w = words(node);
            if (w != null) words.add(w);
            else others.add(node);
        }
        if (words.isEmpty() && others.isEmpty()) return anyOf(pattern);
        // the plain words say enough; the other patterns are tested token by token only when there are no plain words
        return words.isEmpty() ? new WordGate(List.of(), List.of(others.get(0))) : new WordGate(List.copyOf(words), List.of());
    }

    /**
     * The gate of a pattern with no mandatory token ("([{word:/shipped/}] | [{word:/open/}] [{word:/-/}]
     * [{word:/sourced/}])"): each token of a match is one some token pattern of it matches, in whichever branch, so a
     * sentence with no token any of them matches cannot match. Patterns that can take tokens without a token pattern
     * (a back-reference, a multi-token regular expression) stay {@link #OPEN}; so does one with a pattern any token
     * matches ({@code []}), which this test would let through anyway.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static WordGate anyOf(TokenSequencePattern pattern) {
        String source = pattern.pattern();
        if (source == null || source.contains("\\") || source.contains("(?m)") || source.contains("[]")) return OPEN;
        List<NodePattern<edu.stanford.nlp.util.CoreMap>> all = new ArrayList<>(pattern.findNodePatterns(Function.identity(), true, true));
        return all.isEmpty() ? OPEN : new WordGate(List.of(), List.of(), List.copyOf(all));
    }

    /** The plain words one attribute of a token pattern must be, or {@code null} when it asks no such thing. */
    @SuppressWarnings("rawtypes")
    private static Words words(NodePattern node) {
        if (node instanceof NodePattern.ConjNodePattern<?> conj) {
            // [{lemma:/hire/} & {tag:/VB.*/}]: every part must match, so any part's words will do
            Words best = null;
            for (NodePattern part : parts(conj)) {
                Words w = words(part);
                if (w != null && (best == null || w.lowerCase().size() < best.lowerCase().size())) best = w;
            }
            return best;
        }
        if (!(node instanceof ComplexNodePattern<?, ?> complex)) return null;
        Words best = null;
        for (Pair<?, NodePattern> p : complex.getAnnotationPatterns()) {
            if (!(p.first() instanceof Class<?> key)) continue;
            String regex;
            if (p.second() instanceof ComplexNodePattern.StringAnnotationPattern word && !word.normalize()) {
                // a plain word CoreNLP compares as a string ({word:/out/}): equal, or equal ignoring case
                regex = word.getString();
                if (regex.contains("|")) continue;
            } else if (p.second() instanceof ComplexNodePattern.StringAnnotationRegexPattern re) {
                regex = re.getPattern().pattern();
            } else {
                continue;
            }
            if (!PLAIN_WORDS.matcher(regex).matches()) continue;
            Set<String> lower = new java.util.HashSet<>();
            boolean plain = true;
            for (String w : regex.split("\\|")) {
                if (!simpleCase(w)) plain = false;
                lower.add(w.toLowerCase(Locale.ROOT));
            }
            if (!plain) continue;
            // all of a token pattern's attributes must match: the fewest words make the strictest gate
            if (best == null || lower.size() < best.lowerCase().size()) best = new Words(key, Set.copyOf(lower));
        }
        return best;
    }

    /** The parts of a conjunction of token patterns (CoreNLP keeps them in a package-private field); none if unreadable. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<NodePattern> parts(NodePattern.ConjNodePattern<?> conj) {
        try {
            java.lang.reflect.Field f = NodePattern.ConjNodePattern.class.getDeclaredField("nodePatterns");
            f.setAccessible(true);
            return List.copyOf((List<NodePattern>) f.get(conj));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another CoreNLP version: the conjunction is then tested token by token, as any other pattern
            return List.of();
        }
    }

    /**
     * True when every character of {@code s} has one lower-case form that a case-insensitive regular expression
     * compares the same way (ASCII and the Latin-1 letters but the few that fold to characters outside it: ß, µ, ÿ):
     * then the lower-cased word is in the set exactly when the regular expression matches it, in either case mode.
     */
    private static boolean simpleCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            if (c >= 0xC0 && c <= 0xFE && c != 0xD7 && c != 0xDF && c != 0xF7) continue;
            if (c == '’') continue;
            return false;
        }
        return true;
    }

    /**
     * True when lower-casing a token's value tells whether a gate's words match it: every character is one
     * {@link #simpleCase} allows, or one with no case at all that is no letter (a dash, a curly quote, a symbol): such a
     * character is left as it is by lower-casing and matches only itself in a pattern of plain words, whose letters'
     * case forms are all letters. (A sentence with a token of any other character lets every rule through.)
     */
    static boolean lowerCaseTells(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (simpleCase(String.valueOf(c))) continue;
            if (!Character.isSurrogate(c) && !Character.isLetter(c) && Character.toLowerCase(c) == c
                    && Character.toUpperCase(c) == c && Character.toTitleCase(c) == c) continue;
            return false;
        }
        return true;
    }

    /** True when the gate looks words up (the cheap test), false when it tests a token pattern or lets all through. */
    boolean readsWords() {
        return !words.isEmpty();
    }

    /** True when the pattern may match in these tokens; false when it cannot. */
    boolean admits(Sentence sentence) {
        if (anyOf != null) {
            for (CoreLabel t : sentence.tokens) {
                for (NodePattern<edu.stanford.nlp.util.CoreMap> node : anyOf) {
                    if (node.match(t)) return true;
                }
            }
            return false;
        }
        for (Words w : words) {
            if (!sentence.has(w)) return false;
        }
        for (NodePattern<edu.stanford.nlp.util.CoreMap> node : others) {
            boolean found = false;
            for (CoreLabel t : sentence.tokens) {
                if (node.match(t)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** A sentence's tokens with their attributes in lower case, read once for all the gates tested on it. */
    static final class Sentence {
        private final List<CoreLabel> tokens;
        private final Map<Class<?>, Set<String>> lowerCase = new HashMap<>();
        /** Tokens whose attribute a regular expression may compare other than by lower case: tested by the rule itself. */
        private final Map<Class<?>, Boolean> unusual = new HashMap<>();

        Sentence(List<CoreLabel> tokens) {
            this.tokens = tokens;
        }

        private boolean has(Words w) {
            Set<String> values = lowerCase.get(w.key());
            if (values == null) {
                values = new java.util.HashSet<>();
                boolean odd = false;
                for (CoreLabel t : tokens) {
                    Object v = t.get(keyOf(w.key()));
                    if (!(v instanceof String s)) continue;
                    if (!lowerCaseTells(s)) odd = true;
                    values.add(s.toLowerCase(Locale.ROOT));
                }
                lowerCase.put(w.key(), values);
                unusual.put(w.key(), odd);
            }
            if (unusual.get(w.key())) return true;
            for (String word : w.lowerCase()) {
                if (values.contains(word)) return true;
            }
            return false;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Class keyOf(Class<?> key) {
            return key;
        }
    }
}
