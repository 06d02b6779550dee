package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronograph.ChronographException;

/**
 * The words around a trigger or a name that change how it is read, per language, from the bundled
 * {@code extract/<lang>/context.tokensregex}: CoreNLP TokensRegex patterns, each under a cue name the extraction asks
 * for ("NEGATION": "did not raise"; "COMPARED": "faster than X"; "ORIGIN": "from X") and a side that says where it is
 * looked for: {@code before} a token (some run of the tokens just before it matches the whole pattern), {@code from}
 * a token (some run starting there does) or {@code anywhere} in the sentence. Each rule carries example sentences of
 * ours with the token it is about in brackets; {@code ContextCuesTest} runs them (and the counter-examples, written
 * with a leading {@code !}) through the real pipeline. The Java knows no word of any language; a language without a
 * file has no cues. Immutable.
 */
final class ContextCues {
    /** Where a cue is looked for, relative to the token asked about. */
    enum Side { BEFORE, FROM, ANYWHERE }

    /** One rule: its cue name, side, pattern, source text and examples. */
    record Rule(String cue, Side side, TokenSequencePattern pattern, String source, List<String> examples) {
    }

    /** Tokens looked at on either side of the token asked about. */
    private static final int WINDOW = 10;
    private static final Map<String, ContextCues> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, List<Rule>> byCue;
    private final List<Rule> rules;

    private ContextCues(List<Rule> rules) {
        this.rules = rules;
        Map<String, List<Rule>> map = new java.util.HashMap<>();
        for (Rule r : rules) map.computeIfAbsent(r.cue(), k -> new ArrayList<>()).add(r);
        this.byCue = Map.copyOf(map);
    }

    /** The bundled cues of a language (none for a language without a file). */
    static ContextCues bundled(String lang) {
        return BUNDLED.computeIfAbsent(lang == null ? "" : lang, l -> {
            String resource = "extract/" + l + "/context.tokensregex";
            try (InputStream in = ContextCues.class.getClassLoader().getResourceAsStream(resource)) {
                return new ContextCues(in == null ? List.of() : load(resource, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<Rule> rules() {
        return rules;
    }

    /** True when a rule of this cue matches at the token (on the side each rule says). */
    boolean at(String cue, AnalyzedSentence s, int token) {
        for (Rule r : byCue.getOrDefault(cue, List.of())) {
            if (matches(r, s.tokens(), token)) return true;
        }
        return false;
    }

    /** True when one rule matches at the token. */
    static boolean matches(Rule r, List<CoreLabel> tokens, int token) {
        if (r.side() == Side.ANYWHERE) return r.pattern().matcher(tokens).find();
        if (token < 0 || token > tokens.size()) return false;
        if (r.side() == Side.BEFORE) {
            for (int from = token - 1; from >= Math.max(0, token - WINDOW); from--) {
                if (r.pattern().matcher(tokens.subList(from, token)).matches()) return true;
            }
            return false;
        }
        for (int to = token + 1; to <= Math.min(tokens.size(), token + WINDOW); to++) {
            if (r.pattern().matcher(tokens.subList(token, to)).matches()) return true;
        }
        return false;
    }

    /**
     * Reads a cue file: blank lines and lines starting with '#' are skipped; {@code $NAME = pattern} binds a variable;
     * a rule is {@code CUE:side <TAB> pattern <TAB> example | example | !counter-example}.
     */
    static List<Rule> load(String resource, InputStream in) throws IOException {
        return TokensRegexRuleFile.read(resource, in, line -> {
            String[] head = line.head().split(":", 2);
            if (head.length != 2) throw new ChronographException(line.where() + ": expected CUE:side, pattern and examples");
            Side side = Side.valueOf(head[1].toUpperCase(java.util.Locale.ROOT));
            return new Rule(head[0], side, line.pattern(), line.source(), line.examples());
        });
    }
}
