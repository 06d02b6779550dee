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
 * trigger rules find, so it needs those. In a pattern with no alternative, every other node that asks for a word,
 * lemma or tag must be met too ("after" and "at" in "after eight years at X"), but those of a negated or optional
 * relation: each such node needs some token that holds it. A node this class cannot read (another attribute, a negation) admits
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
     * The nodes after the trigger that every match needs: a negated or optional relation ({@code !>advmod {...}},
     * {@code ?>obj ({} >case {...})}) is left out with its node or group, which may go unmatched, and so is an
     * alternative of relations ({@code [>nmod {...} | >obl {...}]}); none when the rest has another alternative
     * (outside the regexes) or a part this class cannot read; nodes that ask nothing, or something this class cannot
     * read, are left out.
     */
    private static List<Node> otherNodes(String rest) {
        char[] text = rest.toCharArray();
        char[] skeleton = blankRegexes(rest);
        for (int i = 0, depth = 0; i < skeleton.length; i++) {
            char c = skeleton[i];
            if (c == '{') depth++;
            else if (c == '}') depth--;
            else if (depth == 0 && (c == '!' || c == '?' || c == '[')) {
                // a negated or optional relation, or an alternative of relations ("[>nmod {...} | >obl {...}]": either
                // side may match, so neither is needed; the nodes outside it still are)
                int end = c == '[' ? bracketEnd(skeleton, i) + 1 : relationEnd(skeleton, i + 1);
                if (end <= 0) return List.of();
                for (int k = i; k < end; k++) {
                    text[k] = ' ';
                    skeleton[k] = ' ';
                }
                i = end - 1;
            }
        }
        if (new String(skeleton).matches("(?s).*[!?|\\[\\]@].*")) return List.of();
        List<Node> out = new ArrayList<>();
        Matcher m = NODE.matcher(new String(text));
        while (m.find()) {
            String body = m.group(1).strip();
            if (body.isEmpty()) continue;
            Node n = Node.of(body);
            if (n != null) out.add(n);
        }
        return out;
    }

    /** {@code pattern} with each regex's inside blanked ({@code /a|b/} as {@code /___/}): its structure, same offsets. */
    private static char[] blankRegexes(String pattern) {
        char[] out = pattern.toCharArray();
        Matcher m = SLASHED.matcher(pattern);
        while (m.find()) {
            for (int k = m.start() + 1; k < m.end() - 1; k++) out[k] = '_';
        }
        return out;
    }

    /**
     * Where the relation that starts at {@code from} (after its {@code !} or {@code ?}) ends with its node or group:
     * {@code >advmod {word:/x/}=name} or {@code >obl ( ... )}, or a group right away; -1 when it cannot be read.
     */
    private static int relationEnd(char[] s, int from) {
        int i = skipSpaces(s, from);
        if (i < s.length && s[i] != '(') {
            while (i < s.length && !Character.isWhitespace(s[i]) && s[i] != '{' && s[i] != '(') i++;
            i = skipSpaces(s, i);
        }
        if (i >= s.length) return -1;
        char open = s[i];
        if (open != '{' && open != '(') return -1;
        char close = open == '{' ? '}' : ')';
        int depth = 0;
        for (; i < s.length; i++) {
            if (s[i] == open) depth++;
            else if (s[i] == close && --depth == 0) break;
        }
        if (i >= s.length) return -1;
        i++;
        // a node's name: {...}=name
        if (i < s.length && s[i] == '=') {
            i++;
            while (i < s.length && (Character.isLetterOrDigit(s[i]) || s[i] == '_')) i++;
        }
        return i;
    }

    /** Where the bracket opened at {@code from} closes (brackets inside node braces do not count); -1 if never. */
    private static int bracketEnd(char[] s, int from) {
        int brackets = 0;
        int braces = 0;
        for (int i = from; i < s.length; i++) {
            if (s[i] == '{') braces++;
            else if (s[i] == '}') braces--;
            else if (braces == 0 && s[i] == '[') brackets++;
            else if (braces == 0 && s[i] == ']' && --brackets == 0) return i;
        }
        return -1;
    }

    private static int skipSpaces(char[] s, int i) {
        while (i < s.length && Character.isWhitespace(s[i])) i++;
        return i;
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

    /** The tokens (lemma, else word) that hold the trigger node: what opens the gate (profiling); empty when it reads none. */
    List<String> openers(List<CoreLabel> tokens) {
        if (always || needsTriggerWords || nodes.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (CoreLabel t : tokens) {
            if (nodes.get(0).heldBy(t)) out.add((t.lemma() != null ? t.lemma() : t.word()) + "/" + t.tag());
        }
        return out;
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
                // extraction matches the rules ignoring case (EventRules: "At Microsoft" has the case word "at"): so does the gate
                patterns.add(a.group(3) == null ? null : Pattern.compile(a.group(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
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
                if (p != null ? !p.matcher(value).matches() : !value.equalsIgnoreCase(attributes.get(i)[1])) return false;
            }
            return true;
        }
    }
}
