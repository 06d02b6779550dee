package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence's tokens must hold for a Semgrex event rule to match, read from the rule's trigger node before any
 * parse: {@code {lemma:/leave|quit/;tag:/VB.*}/=trigger} needs a token with such a lemma and tag. A rule whose trigger
 * node asks nothing ({@code {}=trigger}) and states no event only gives roles to, or blocks, the trigger words the
 * trigger rules find, so it needs those. A node this class cannot read (another attribute, a negation) admits every
 * sentence: the gate may let through a sentence the rule does not match, never the reverse.
 */
final class TriggerGate {
    private static final Pattern TRIGGER_NODE = Pattern.compile("^\\{([^{}]*)\\}=trigger\\b");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(lemma|word|tag):(/(.*)/|[^/!]\\S*)$");

    private final boolean always;
    private final boolean needsTriggerWords;
    private final List<String[]> attributes;
    private final List<Pattern> patterns;

    private TriggerGate(boolean always, boolean needsTriggerWords, List<String[]> attributes, List<Pattern> patterns) {
        this.always = always;
        this.needsTriggerWords = needsTriggerWords;
        this.attributes = attributes;
        this.patterns = patterns;
    }

    /** The gate of a rule's Semgrex pattern; {@code statesNoEvent}: the rule only gives roles or blocks. */
    static TriggerGate of(String semgrex, boolean statesNoEvent) {
        Matcher node = TRIGGER_NODE.matcher(semgrex.strip());
        if (!node.find()) return new TriggerGate(true, false, List.of(), List.of());
        String body = node.group(1).strip();
        if (body.isEmpty()) return new TriggerGate(!statesNoEvent, statesNoEvent, List.of(), List.of());
        List<String[]> attributes = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String part : body.split(";")) {
            Matcher a = ATTRIBUTE.matcher(part.strip());
            if (!a.matches()) return new TriggerGate(true, false, List.of(), List.of());
            attributes.add(new String[] {a.group(1), a.group(3) == null ? a.group(2) : null});
            patterns.add(a.group(3) == null ? null : Pattern.compile(a.group(3)));
        }
        return new TriggerGate(false, false, List.copyOf(attributes), patterns);
    }

    /** True when the rule may match a sentence of these tokens. */
    boolean admits(List<CoreLabel> tokens, boolean triggerWords) {
        if (always) return true;
        if (needsTriggerWords) return triggerWords;
        for (CoreLabel t : tokens) {
            if (holds(t)) return true;
        }
        return false;
    }

    private boolean holds(CoreLabel t) {
        for (int i = 0; i < attributes.size(); i++) {
            String value = switch (attributes.get(i)[0]) {
                case "lemma" -> t.lemma();
                case "word" -> t.word();
                default -> t.tag();
            };
            // a token without the attribute (French tokens have no lemma but those VerbLemmas gives): Semgrex never
            // matches a node on an attribute it lacks
            if (value == null) return false;
            Pattern p = patterns.get(i);
            if (p != null ? !p.matcher(value).matches() : !value.equals(attributes.get(i)[1])) return false;
        }
        return true;
    }
}
