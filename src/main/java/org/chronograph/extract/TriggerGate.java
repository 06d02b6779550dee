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
 * trigger rules find, so it needs those. In a pattern with no negation, optional relation or alternative, every other
 * node that asks for a word, lemma or tag must be met too ("after" and "at" in "after eight years at X"): each
 * such node needs some token that holds it. A node this class cannot read (another attribute, a negation) admits
 * every sentence: the gate may let through a sentence the rule does not match, never the reverse.
 */
final class TriggerGate {
    private static final Pattern TRIGGER_NODE = Pattern.compile("^\\{([^{}]*)\\}=trigger\\b");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(lemma|word|tag):(/(.*)/|[^/!]\\S*)$");
    private static final Pattern NODE = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern SLASHED = Pattern.compile("/(?:[^/\\\\]|\\\\.)*/");

    private final boolean always;
    private final boolean needsTriggerWords;
    /** The nodes a match needs, the trigger first: each must be held by some token. */
    private final List<Node> nodes;

    private TriggerGate(boolean always, boolean needsTriggerWords, List<Node> nodes) {
        this.always = always;
        this.needsTriggerWords = needsTriggerWords;
        this.nodes = nodes;
    }

    /** The gate of a rule's Semgrex pattern; {@code statesNoEvent}: the rule only gives roles or blocks. */
    static TriggerGate of(String semgrex, boolean statesNoEvent) {
        Matcher node = TRIGGER_NODE.matcher(semgrex.strip());
        if (!node.find()) return new TriggerGate(true, false, List.of());
        String body = node.group(1).strip();
        if (body.isEmpty()) return new TriggerGate(!statesNoEvent, statesNoEvent, List.of());
        Node trigger = Node.of(body);
        if (trigger == null) return new TriggerGate(true, false, List.of());
        List<Node> nodes = new ArrayList<>();
        nodes.add(trigger);
        nodes.addAll(otherNodes(semgrex.strip().substring(node.end())));
        return new TriggerGate(false, false, List.copyOf(nodes));
    }

    /**
     * The nodes after the trigger that every match needs: none when the pattern has a negation, an optional relation
     * or an alternative (outside the regexes), since a node there may go unmatched; nodes that ask nothing, or
     * something this class cannot read, are left out.
     */
    private static List<Node> otherNodes(String rest) {
        String skeleton = SLASHED.matcher(rest).replaceAll("//");
        if (skeleton.matches("(?s).*[!?|\\[\\]@].*")) return List.of();
        List<Node> out = new ArrayList<>();
        Matcher m = NODE.matcher(rest);
        while (m.find()) {
            String body = m.group(1).strip();
            if (body.isEmpty()) continue;
            Node n = Node.of(body);
            if (n != null) out.add(n);
        }
        return out;
    }

    /** True when the rule may match a sentence of these tokens. */
    boolean admits(List<CoreLabel> tokens, boolean triggerWords) {
        if (always) return true;
        if (needsTriggerWords) return triggerWords;
        for (Node n : nodes) {
            if (!n.heldByAny(tokens)) return false;
        }
        return true;
    }

    /** What one node asks of a token: attributes with a literal value or a regex over the whole value. */
    private record Node(List<String[]> attributes, List<Pattern> patterns) {

        /** The node of a body such as {@code lemma:/leave|quit/;tag:/VB.*}/}, or null when a part cannot be read. */
        static Node of(String body) {
            List<String[]> attributes = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            for (String part : body.split(";")) {
                Matcher a = ATTRIBUTE.matcher(part.strip());
                if (!a.matches()) return null;
                attributes.add(new String[] {a.group(1), a.group(3) == null ? a.group(2) : null});
                patterns.add(a.group(3) == null ? null : Pattern.compile(a.group(3)));
            }
            return new Node(List.copyOf(attributes), patterns);
        }

        boolean heldByAny(List<CoreLabel> tokens) {
            for (CoreLabel t : tokens) {
                if (heldBy(t)) return true;
            }
            return false;
        }

        private boolean heldBy(CoreLabel t) {
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
}
