package org.chronograph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.EventDate;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The analysts' curations in force, as the loader applies them to every article it writes: an undated rule sends every
 * name it lists to its target entity (a merge, an alias, a split), a dated one sends the facts of an entity dated
 * within its period there (a rename: "Facebook" is Meta until 2021-10).
 */
final class CurationRules {
    /** No curation. */
    static final CurationRules NONE = new CurationRules(List.of());

    /**
     * One rule.
     *
     * @param id         the curation's id
     * @param names      the name keys it applies to
     * @param target     the key of the entity they go to
     * @param targetName that entity's name (to create it when missing)
     * @param type       its type (the type the names take), or {@code null} to keep the extraction's
     * @param from       first day of the period, or {@code null} (undated rule when both ends are)
     * @param to         last day of the period, or {@code null}
     */
    record Rule(String id, List<String> names, String target, String targetName, String type, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }

        boolean holds(LocalDate day) {
            return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    private final List<Rule> rules;
    private final Map<String, Rule> undated = new HashMap<>();
    private final Map<String, List<Rule>> dated = new HashMap<>();

    CurationRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (Rule rule : rules) {
            for (String name : rule.names()) {
                if (rule.dated()) {
                    dated.computeIfAbsent(name, k -> new ArrayList<>()).add(rule);
                } else {
                    undated.putIfAbsent(name, rule);
                }
            }
        }
    }

    /** The rules in force, read inside the loader's transaction. */
    static CurationRules read(TransactionContext tx) {
        List<Rule> rules = tx.run(CypherFiles.get("curations-rules")).list(r -> new Rule(r.get("id").asString(),
                r.get("names").asList(Value::asString), r.get("target").asString(), r.get("targetName").asString(),
                r.get("type").asString(null), date(r.get("fromDate")), date(r.get("toDate"))));
        return rules.isEmpty() ? NONE : new CurationRules(rules);
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The undated rule that names this key, or {@code null}. */
    Rule undated(String key) {
        return undated.get(key);
    }

    /**
     * The entity a fact of {@code entity} (a graph key) dated {@code day} goes to: a dated rule's target when one names
     * the entity and holds the day, else the entity itself.
     */
    String at(String entity, LocalDate day) {
        List<Rule> candidates = dated.get(entity);
        if (candidates != null && day != null) {
            for (Rule rule : candidates) {
                if (rule.holds(day)) {
                    return rule.target();
                }
            }
        }
        return entity;
    }

    /** {@link #at(String, LocalDate)} for a fact's date (its first day), or the article's day when the fact has none. */
    String at(String entity, EventDate date, LocalDate published) {
        return at(entity, date == null ? published : date.start());
    }

    /** The dated rules' targets, to create when missing (key to rule). */
    Map<String, Rule> datedTargets() {
        Map<String, Rule> targets = new HashMap<>();
        dated.values().forEach(list -> list.forEach(rule -> targets.putIfAbsent(rule.target(), rule)));
        return targets;
    }
}
