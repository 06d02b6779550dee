package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronograph.source.Article;

/**
 * Which parses extraction makes for nothing, on real articles: for each sentence parsed on demand, what made it
 * parse (the Semgrex rules live on it, or another reader), whether any live rule matched its graph, and whether
 * anything but the rules read the graph. A parse made for rules none of which matched, and read by nothing else,
 * bought nothing: those are counted by rule and by the token that opened the rule's gate. A tool, not a test:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.chronograph.extract.ParseUse [DIR...]}
 * (default: ../shared/corpus/dev and pool).
 */
public final class ParseUse {
    private ParseUse() {
    }

    /** What happened to one sentence's parse. */
    private static final class Use {
        int tokens;
        List<edu.stanford.nlp.ling.CoreLabel> words = List.of();
        String firstReader;
        boolean madeForRules;
        final List<EventRules.Rule> live = new ArrayList<>();
        final Set<String> matched = new LinkedHashSet<>();
        final Set<String> otherReaders = new LinkedHashSet<>();
        boolean made;
    }

    public static void main(String[] args) {
        Map<String, List<Article>> byLang = ExtractionProfile.articlesByLanguage(args);
        Map<Parse, Use> uses = new IdentityHashMap<>();
        Parse[] current = {null};
        Extractor extractor = Extractor.observed(new ParseObserver() {
            @Override
            public void read(Parse parse) {
                Use u = uses.computeIfAbsent(parse, k -> new Use());
                String reader = reader();
                if (parse.pending()) {
                    u.firstReader = reader;
                    u.madeForRules = reader.startsWith("EventRules.matches") && !u.live.isEmpty();
                    current[0] = parse;
                } else if (!reader.startsWith("EventRules.matches") && !reader.equals(u.firstReader)) {
                    // the first reader reading again (PageSubjects.hasSubject asks the root, then its dependents) is no other
                    u.otherReaders.add(reader);
                }
            }

            @Override
            public void parsing(CoreMap sentence) {
                Use u = uses.get(current[0]);
                u.made = true;
                u.words = sentence.get(CoreAnnotations.TokensAnnotation.class);
                u.tokens = u.words.size();
            }

            @Override
            public void liveRules(Parse parse, List<EventRules.Rule> live) {
                Use u = uses.computeIfAbsent(parse, k -> new Use());
                u.live.clear();
                u.live.addAll(live);
            }

            @Override
            public void matched(Parse parse, EventRules.Rule rule, int found) {
                if (found > 0) uses.computeIfAbsent(parse, k -> new Use()).matched.add(rule.name());
            }
        });
        for (var e : byLang.entrySet()) {
            uses.clear();
            // the openers of each live rule, per sentence: computed from the tokens the gate read
            Map<String, long[]> wastedByRule = new TreeMap<>();
            Map<String, long[]> wastedByOpener = new TreeMap<>();
            Map<String, long[]> byFirstReader = new TreeMap<>();
            long tokens = 0;
            long parsedTokens = 0;
            long wastedTokens = 0;
            long wastedSentences = 0;
            for (Article a : e.getValue()) {
                Extraction x = extractor.extract(a);
                tokens += x.work().tokens();
                parsedTokens += x.work().parsedTokens();
            }
            for (Use u : uses.values()) {
                if (!u.made) continue;
                String kind = u.madeForRules ? (u.matched.isEmpty() ? "rules, none matched" : "rules, some matched")
                        : "other: " + u.firstReader;
                kind += u.otherReaders.isEmpty() ? "" : " (+ read by others)";
                long[] c = byFirstReader.computeIfAbsent(kind, k -> new long[2]);
                c[0]++;
                c[1] += u.tokens;
                if (u.madeForRules && u.matched.isEmpty() && u.otherReaders.isEmpty()) {
                    wastedSentences++;
                    wastedTokens += u.tokens;
                    for (EventRules.Rule r : u.live) {
                        long[] w = wastedByRule.computeIfAbsent(r.name(), k -> new long[2]);
                        w[0]++;
                        w[1] += u.tokens;
                    }
                    if (Boolean.getBoolean("parseuse.show")) {
                        System.out.println("  WASTED " + u.live.stream().map(EventRules.Rule::name).toList() + ": "
                                + String.join(" ", u.words.stream().map(t -> t.word() + "/" + t.tag() + (t.ner() != null && !t.ner().equals("O") ? "/" + t.ner() : "")).toList()));
                    }
                    Set<String> openers = new java.util.TreeSet<>();
                    for (EventRules.Rule r : u.live) {
                        for (String o : r.gate().openers(u.words)) openers.add(o);
                    }
                    for (String o : openers) {
                        long[] w = wastedByOpener.computeIfAbsent("opener " + o, k -> new long[2]);
                        w[0]++;
                        w[1] += u.tokens;
                    }
                    if (u.live.size() == 1) {
                        long[] w = wastedByRule.computeIfAbsent("  (alone) " + u.live.get(0).name(), k -> new long[2]);
                        w[0]++;
                        w[1] += u.tokens;
                    }
                }
            }
            System.out.printf("%n== %s: %d tokens, parsed %d (%.3f), parsed for nothing %d sentences %d tokens (%.3f of all)%n",
                    e.getKey(), tokens, parsedTokens, (double) parsedTokens / tokens, wastedSentences, wastedTokens,
                    (double) wastedTokens / tokens);
            System.out.println("parsed sentences by what made the parse (sentences, tokens):");
            print(byFirstReader);
            System.out.println("parses for nothing, by live rule (sentences, tokens):");
            print(wastedByRule);
            print(wastedByOpener);
        }
    }

    private static void print(Map<String, long[]> counts) {
        counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
                .forEach(f -> System.out.printf("  %-90s %5d %7d%n", f.getKey(), f.getValue()[0], f.getValue()[1]));
    }

    private static String reader() {
        List<String> frames = StackWalker.getInstance().walk(s -> s
                .filter(f -> f.getClassName().startsWith("org.chronograph")
                        && !f.getClassName().equals("org.chronograph.extract.Parse")
                        && !f.getClassName().equals("org.chronograph.extract.AnalyzedSentence")
                        && !f.getClassName().contains("ParseUse"))
                .limit(2)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName())
                .toList());
        return String.join(" < ", frames);
    }
}
