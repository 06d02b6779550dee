package org.chronograph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.ChronographException;

/**
 * Event rules per language, from the bundled {@code extract/<lang>/events.semgrex}: CoreNLP Semgrex patterns over a
 * sentence's dependency parse whose named nodes are an event's trigger, participants and dates ("At Acme, Jane Doe led
 * the team from 2014 to 2017": a join dated 2014 and a departure dated 2017), or that say a trigger word states no
 * event ("the founding agreement"). Each rule carries example sentences of ours with the events they must give
 * ({@code EventRulesTest} runs them through the real pipeline). Immutable; safe to share.
 *
 * <p>A rule file holds {@code macro NAME = text} lines (used as {@code ${NAME}}) and rules, each a block of lines:
 * <pre>
 * rule NAME
 *   when     SEMGREX PATTERN (one node named trigger)
 *   event    TYPE role=node role=node? ... [date=node]   (date=node! drops the event when no date is written at the
 *                                                         node, date=node$ takes the last of two dates written there
 *                                                         ("2018-2020"), date=clause the date of the clause the
 *                                                         trigger's phrase hangs on ("after six years at X, she
 *                                                         joined Y in May"); a trailing ? makes a participant optional; a trailing ~
 *                                                         takes, when the node names no entity, the nearest one of
 *                                                         the role's kind: "their AI efforts", "his tenure"; the
 *                                                         word move makes a departure the leaving end of the move the
 *                                                         sentence tells: "left X for Y", "came over from X", "venue
 *                                                         de X": with no date of its own, at the arrival's date, else
 *                                                         on the timeline at the story's time; with date=none, at the
 *                                                         arrival's date only: "worked at X before joining Y in 2022")
 *   block    TYPE [node]                                  (trigger words of this type over the node, the trigger
 *                                                         unless named, state no event of their own)
 *   role     TYPE TYPE ...                                (for a trigger word of these types, each other named
 *                                                         node is the entity of that role: "buyer", "subject")
 *   example  A SENTENCE OF OURS                           (nonexample: one the rule must not match)
 *   expect   TYPE name, name [@ date]                     (an event the example must give)
 * </pre>
 */
final class EventRules {
    /** One participant of a rule's event: its role and the node that names it. */
    record Slot(String role, String node, boolean optional, boolean nearest) {
    }

    /**
     * An event a rule states: its type, participants by node, the node of its date (or {@code null}), and for a
     * departure whether it is the leaving end of a move the sentence tells (the word {@value #MOVE} on its line).
     */
    record Template(EventType type, List<Slot> slots, String dateNode, boolean dateRequired, boolean leavingOfAMove) {
        /**
         * How the rule tells its departure: the leaving end of a move with no time of its own ({@code date=none move}),
         * a leaving told as such ({@code move}), else in passing.
         */
        Event.Leaving leaving() {
            if (!leavingOfAMove) return Event.Leaving.PASSING;
            return NONE.equals(dateNode) ? Event.Leaving.MOVE_END : Event.Leaving.TOLD;
        }
    }

    /** The date node that is never matched: the event has no date of its own. */
    static final String NONE = "none";

    /** The word on an event's line that makes a departure the leaving end of the move its sentence tells. */
    static final String MOVE = "move";

    /**
     * An example sentence and the events ("TYPE name, name @ date", "no TYPE name") it must give; a counter-example
     * is one the rule must not match ("a founding member" is no noun use of a founding).
     */
    record Example(String sentence, List<String> expected, boolean counter) {
    }

    /** One rule: its name, pattern, the events it states, the types it blocks, and its examples. */
    record Rule(String name, SemgrexPattern pattern, String source, List<Template> events, List<Block> blocks,
                List<EventType> roles, List<Example> examples, TriggerGate gate, boolean statesPostsOnly) {
        /**
         * {@code gate}: what a sentence's tokens must hold for the rule to be worth the parse, read from its pattern;
         * {@code statesPostsOnly}: every match of the rule is a present post and nothing else ({@link MoveDeriver#isPost}):
         * it only states joins whose organization takes the role {@value MoveDeriver#POST}, a participant it cannot go
         * without, and blocks no trigger word and gives no role.
         */
        Rule(String name, SemgrexPattern pattern, String source, List<Template> events, List<Block> blocks,
             List<EventType> roles, List<Example> examples) {
            this(name, pattern, source, events, blocks, roles, examples, TriggerGate.of(source, events.isEmpty()),
                    !events.isEmpty() && blocks.isEmpty() && roles.isEmpty() && events.stream().allMatch(t -> t.type() == EventType.JOIN
                            && t.slots().stream().anyMatch(slot -> slot.role().equals(MoveDeriver.POST) && !slot.optional())));
        }

        /**
         * Whether a match of this rule could tell anything in a sentence: a block where the trigger rules found trigger
         * words of its type ({@code hitTypes}), a role where a trigger word of its type asks the roles of mentions the
         * sentence has ({@code roleTypes}), an event whose participants the sentence's mentions can fill: every
         * participant it needs has a mention of its kind, and some participant has one (an event with none is dropped,
         * see {@link RuleEvents}), and, for an event dropped without a date at its date node, the sentence writes a
         * date ({@code dated}). A match that can do none of these is not worth the parse.
         */
        boolean canGive(java.util.Set<EventType> hitTypes, java.util.Set<EventType> roleTypes, List<EntityMention> mentions,
                        boolean dated) {
            for (Block b : blocks) {
                if (hitTypes.contains(b.type())) return true;
            }
            if (!mentions.isEmpty()) {
                for (EventType t : roles) {
                    if (roleTypes.contains(t)) return true;
                }
            }
            for (Template t : events) {
                if (fillable(t, mentions) && (dated || !t.dateRequired())) return true;
            }
            return false;
        }

        /** Whether mentions can fill each participant a template needs, and one participant at least. */
        private static boolean fillable(Template t, List<EntityMention> mentions) {
            boolean any = false;
            for (Slot slot : t.slots()) {
                boolean fits = false;
                for (EntityMention m : mentions) {
                    if (RuleEvents.fits(slot.role(), m)) {
                        fits = true;
                        break;
                    }
                }
                if (!fits && !slot.optional()) return false;
                any |= fits;
            }
            return any;
        }
    }

    /** A type of trigger word a rule says states no event, at a node (the trigger, unless named). */
    record Block(EventType type, String node) {
    }

    /** A rule's match in a sentence: the rule, and the sentence's token index of each named node. */
    record Match(Rule rule, Map<String, Integer> nodes) {
        int trigger() {
            return nodes.getOrDefault("trigger", -1);
        }
    }

    /** The rule files of a language, read in this order: events in general, then careers (who moved where). */
    private static final List<String> FILES = List.of("events.semgrex", "careers.semgrex");
    private static final Map<String, EventRules> BUNDLED = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Rule> rules;

    private EventRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** The bundled rules of a language (none for a language without a rule file). */
    static EventRules bundled(String lang) {
        return BUNDLED.computeIfAbsent(lang, l -> {
            List<Rule> all = new ArrayList<>();
            for (String file : FILES) {
                String resource = "extract/" + l + "/" + file;
                try (InputStream in = EventRules.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in != null) all.addAll(parse(resource, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new EventRules(List.copyOf(all));
        });
    }

    List<Rule> rules() {
        return rules;
    }

    /** Every match of every rule in a sentence; none without a parse. */
    List<Match> matches(AnalyzedSentence s) {
        return matches(s, true);
    }

    /**
     * Every match of the rules that can match in a sentence, judged from its tokens before any parse: a rule whose
     * trigger node asks for a lemma, word or tag no token has cannot match, and a rule that only gives roles to or
     * blocks trigger words matters only where {@code triggerWords} (the trigger rules found some). The sentence is
     * parsed only when a rule is left.
     */
    List<Match> matches(AnalyzedSentence s, boolean triggerWords) {
        return matches(s, triggerWords, r -> true);
    }

    /**
     * As {@link #matches(AnalyzedSentence, boolean)}, leaving out too the rules {@code worth} says a match of could
     * give nothing (see {@link Rule#canGive}).
     */
    List<Match> matches(AnalyzedSentence s, boolean triggerWords, java.util.function.Predicate<Rule> worth) {
        // what the sentence's mentions and trigger words allow first (a few set look-ups), then the tokens' scan
        List<Rule> live = rules.stream().filter(r -> worth.test(r) && r.gate().admits(s.tokens(), triggerWords)).toList();
        s.parse().liveRules(live);
        if (live.isEmpty() || s.deps() == null) return List.of();
        Map<Integer, Integer> tokenOf = new java.util.HashMap<>();
        for (int i = 0; i < s.tokens().size(); i++) tokenOf.put(s.tokens().get(i).index(), i);
        List<Match> out = new ArrayList<>();
        for (Rule rule : live) {
            SemgrexMatcher m = rule.pattern().matcher(s.deps(), true);
            int found = 0;
            while (m.find()) {
                found++;
                Map<String, Integer> nodes = new LinkedHashMap<>();
                for (String name : m.getNodeNames()) {
                    IndexedWord w = m.getNode(name);
                    Integer token = w == null ? null : tokenOf.get(w.index());
                    if (token != null) nodes.put(name, token);
                }
                Match match = new Match(rule, Map.copyOf(nodes));
                if (!out.contains(match)) out.add(match);
            }
            s.parse().matched(rule, found);
        }
        return out;
    }

    /**
     * True when a rule says the trigger words over tokens [from, to] state no event of this type ("the founding
     * agreement"; "succeeded A as CEO": the rule tells whose appointment it is, so "as CEO" is no trigger of its own).
     */
    static boolean blocked(List<Match> matches, EventType type, int from, int to) {
        for (Match m : matches) {
            for (Block b : m.rule().blocks()) {
                Integer at = m.nodes().get(b.node());
                if (b.type() == type && at != null && at >= from && at <= to) return true;
            }
        }
        return false;
    }

    /**
     * The role the parse gives a mention around a trigger of this type: that of the first role rule, in file order,
     * matched with this trigger and a role node inside the mention ("buyer", "acquired", "subject", "object"), or
     * {@code null} when no rule says.
     */
    static String roleOf(List<Match> matches, EventType type, int trigger, EntityMention m) {
        for (Match match : matches) {
            if (match.trigger() != trigger || !match.rule().roles().contains(type)) continue;
            for (Map.Entry<String, Integer> node : match.nodes().entrySet()) {
                if (!node.getKey().equals("trigger") && node.getValue() >= m.from() && node.getValue() < m.to()) return node.getKey();
            }
        }
        return null;
    }

    private static final Pattern MACRO_USE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)\\}");

    static List<Rule> parse(String resource, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> macros = new java.util.HashMap<>();
        List<Rule> rules = new ArrayList<>();
        String name = null;
        String when = null;
        List<Template> events = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<EventType> roles = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        String line;
        int n = 0;
        List<String> lines = new ArrayList<>();
        while ((line = r.readLine()) != null) lines.add(line);
        lines.add("rule <end>");
        for (String raw : lines) {
            n++;
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String key = t.split("\\s+", 2)[0];
            String value = t.length() > key.length() ? t.substring(key.length()).strip() : "";
            String where = resource + ":" + n + ": ";
            switch (key) {
                case "macro" -> {
                    int eq = value.indexOf('=');
                    if (eq < 0) throw new ChronographException(where + "expected macro NAME = text");
                    macros.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
                }
                case "rule" -> {
                    if (name != null) {
                        if (when == null || events.isEmpty() && blocks.isEmpty() && roles.isEmpty()
                                || examples.stream().allMatch(Example::counter)) {
                            throw new ChronographException(resource + ": rule " + name + " needs when, event, block or role, and an example");
                        }
                        rules.add(new Rule(name, compile(resource, name, when), when, List.copyOf(events), List.copyOf(blocks),
                                List.copyOf(roles), List.copyOf(examples)));
                    }
                    name = value;
                    when = null;
                    events = new ArrayList<>();
                    blocks = new ArrayList<>();
                    roles = new ArrayList<>();
                    examples = new ArrayList<>();
                }
                case "when" -> when = expand(where, value, macros);
                case "event" -> events.add(template(where, value));
                case "block" -> {
                    String[] b = value.split("\\s+");
                    blocks.add(new Block(EventType.valueOf(b[0]), b.length > 1 ? b[1] : "trigger"));
                }
                case "role" -> {
                    for (String type : value.split("\\s+")) roles.add(EventType.valueOf(type));
                }
                case "example" -> examples.add(new Example(value, new ArrayList<>(), false));
                case "nonexample" -> examples.add(new Example(value, new ArrayList<>(), true));
                case "expect" -> {
                    if (examples.isEmpty()) throw new ChronographException(where + "expect before any example");
                    examples.get(examples.size() - 1).expected().add(value);
                }
                default -> throw new ChronographException(where + "unknown line: " + t);
            }
        }
        return List.copyOf(rules);
    }

    private static SemgrexPattern compile(String resource, String rule, String pattern) {
        try {
            return SemgrexPattern.compile(pattern);
        } catch (RuntimeException e) {
            throw new ChronographException(resource + ": rule " + rule + ": bad Semgrex pattern: " + e.getMessage(), e);
        }
    }

    private static String expand(String where, String text, Map<String, String> macros) {
        Matcher m = MACRO_USE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = macros.get(m.group(1));
            if (v == null) throw new ChronographException(where + "unknown macro " + m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Template template(String where, String value) {
        String[] parts = value.split("\\s+");
        List<Slot> slots = new ArrayList<>();
        String date = null;
        boolean required = false;
        boolean leaving = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            boolean optional = p.endsWith("?");
            if (optional) p = p.substring(0, p.length() - 1);
            boolean nearest = p.endsWith("~");
            if (nearest) p = p.substring(0, p.length() - 1);
            int eq = p.indexOf('=');
            String role = eq < 0 ? p : p.substring(0, eq);
            String node = eq < 0 ? p : p.substring(eq + 1);
            if (p.equals(MOVE)) leaving = true;
            else if (role.equals("date")) {
                required = node.endsWith("!");
                date = required ? node.substring(0, node.length() - 1) : node;
            }
            else slots.add(new Slot(role, node, optional, nearest));
        }
        try {
            EventType type = EventType.valueOf(parts[0]);
            if (leaving && type != EventType.DEPARTURE) throw new ChronographException(where + "only a DEPARTURE is the leaving end of a move");
            return new Template(type, List.copyOf(slots), date, required, leaving);
        } catch (IllegalArgumentException e) {
            throw new ChronographException(where + "unknown event type " + parts[0]);
        }
    }
}
