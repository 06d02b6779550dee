package org.chronograph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * What a bulk write knows of the graph's aliases: the entity each alias key belongs to, and how confident the graph
 * is of each entity's type. With it, an extracted entity that an existing alias resolves, and that would not change
 * its entity's type, is resolved without asking the database: {@code entities-resolve.cypher} would only find
 * that same entity and change nothing.
 */
final class AliasTargets {
    private final Map<String, String> entityOf = new HashMap<>();
    private final Map<String, Double> confidence = new HashMap<>();

    /** Asks the graph (inside {@code tx}) for the keys not known yet. */
    void fetch(TransactionContext tx, Collection<String> keys) {
        List<String> unknown = keys.stream().filter(k -> !entityOf.containsKey(k)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        tx.run(CypherFiles.get("aliases-targets"), Map.of("keys", unknown)).forEachRemaining(r -> {
            entityOf.put(r.get("key").asString(), r.get("entity").asString());
            confidence.put(r.get("entity").asString(), r.get("confidence").asDouble());
        });
    }

    /** True when the alias key is known to belong to an entity. */
    boolean known(String key) {
        return entityOf.containsKey(key);
    }

    /**
     * The graph entity of an entity row when an alias resolves it and the row would not change the entity's type;
     * else {@code null}, and the row must be resolved by the database. Rows are decided in load order: a row sent to
     * the database counts as done (its confidence becomes the entity's) for the rows after it.
     */
    String resolveLocally(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) row.get("keys");
        double rowConfidence = (Double) row.get("confidence");
        for (String key : keys) {
            String entity = entityOf.get(key);
            if (entity != null) {
                double known = confidence.getOrDefault(entity, 0.0);
                if (rowConfidence > known) {
                    confidence.put(entity, rowConfidence);
                    return null;
                }
                return entity;
            }
        }
        return null;
    }

    /** Records an entity's type confidence after the database resolved rows of it. */
    void confidence(String entity, double value) {
        confidence.put(entity, value);
    }
}
