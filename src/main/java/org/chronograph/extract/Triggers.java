package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronograph.ChronographException;

/**
 * Event trigger rules per language, from the bundled {@code extract/<lang>/triggers.tokensregex}: CoreNLP TokensRegex
 * patterns over a sentence's tokens (their word, lemma and tag), each with its event type, the kinds that say how
 * its participants are read ("former", "hiring", ...) and example sentences of ours ({@code TriggerRulesTest} runs
 * them). Languages without their own rules use English. Immutable.
 */
final class Triggers {
    /**
     * A trigger found in a sentence: its event type, matched words, character range in the sentence, and kinds.
     */
    record Hit(EventType type, String words, int start, int end, Set<String> kinds) {
        /** True when the rule that found it has this kind ("former", "hiring", "founder"...). */
        boolean is(String kind) {
            return kinds.contains(kind);
        }
    }

    /** The kind of a rule read only in a table's column header. */
    static final String COLUMN = "column";

    /** One rule: type, kinds, the compiled pattern, its source text and its examples. */
    record Rule(EventType type, Set<String> kinds, TokenSequencePattern pattern, String source, List<String> examples) {
    }

    /** The languages with bundled rules. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");

    private final Map<String, List<Rule>> byLang;
    /** Per language, the gate of each rule (same order as its rules): the words it cannot match without ({@link WordGate}). */
    private final Map<String, List<WordGate>> gates;

    private Triggers(Map<String, List<Rule>> byLang) {
        this.byLang = byLang;
        Map<String, List<WordGate>> g = new java.util.HashMap<>();
        byLang.forEach((lang, rules) -> g.put(lang, rules.stream().map(r -> WordGate.of(r.pattern())).toList()));
        this.gates = Map.copyOf(g);
    }

    static Triggers bundled() {
        Map<String, List<Rule>> byLang = new java.util.HashMap<>();
        for (String lang : LANGUAGES) byLang.put(lang, load("extract/" + lang + "/triggers.tokensregex"));
        return new Triggers(Map.copyOf(byLang));
    }

    /** The rules of a language (English for a language without its own). */
    List<Rule> rules(String lang) {
        return byLang.getOrDefault(lang, byLang.get("en"));
    }

    /**
     * Reads a rule file: blank lines and lines starting with '#' are skipped; {@code $NAME = pattern} binds a
     * variable for the rules below; a rule is {@code TYPE[:kind,kind] <TAB> pattern <TAB> example | example}.
     */
    static List<Rule> load(String resource) {
        try (InputStream in = Triggers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new ChronographException("missing bundled resource " + resource);
            return TokensRegexRuleFile.read(resource, in, line -> {
                String[] head = line.head().split(":", 2);
                Set<String> kinds = head.length > 1 ? Set.of(head[1].split(",")) : Set.of();
                return new Rule(EventType.valueOf(head[0]), kinds, line.pattern(), line.source(), line.examples());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every trigger in a sentence, in text order. Where rules of one type find triggers starting at the same token,
     * the longest stays ("departure of" over "departure").
     */
    List<Hit> find(String lang, AnalyzedSentence s) {
        return find(lang, s, false);
    }

    /**
     * Every trigger in a table's column header, in text order: the sentence rules and those of kind {@code column},
     * which a column's name states and a sentence does not ("Joined", "From", "Arrivée" over cells of organizations).
     */
    List<Hit> findInColumn(String lang, AnalyzedSentence s) {
        return find(lang, s, true);
    }

    private List<Hit> find(String lang, AnalyzedSentence s, boolean column) {
        List<Hit> hits = new ArrayList<>();
        List<Rule> rules = rules(lang);
        List<WordGate> gated = gates.getOrDefault(lang, gates.get("en"));
        // a rule runs only where it can match: most rules cannot in most sentences (the same hits, a fraction of the time)
        WordGate.Sentence words = new WordGate.Sentence(s.tokens());
        for (int i = 0; i < rules.size(); i++) {
            if (!column && rules.get(i).kinds().contains(COLUMN)) continue;
            if (gated.get(i).admits(words)) hits.addAll(find(rules.get(i), s));
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start).thenComparingInt(h -> -h.end()));
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            if (out.stream().noneMatch(o -> o.type() == h.type() && o.start() == h.start())) out.add(h);
        }
        return out;
    }

    /** The triggers one rule finds in a sentence. */
    static List<Hit> find(Rule rule, AnalyzedSentence s) {
        List<CoreLabel> tokens = s.tokens();
        List<Hit> hits = new ArrayList<>();
        TokenSequenceMatcher m = rule.pattern().matcher(tokens);
        while (m.find()) {
            if (m.end() <= m.start()) continue;
            int start = tokens.get(m.start()).beginPosition() - s.begin();
            int end = tokens.get(m.end() - 1).endPosition() - s.begin();
            hits.add(new Hit(rule.type(), s.text().substring(start, end), start, end, rule.kinds()));
        }
        return hits;
    }
}
