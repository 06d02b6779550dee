package org.chronograph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Entity resolution for a run of articles, decided in memory from one read of the aliases the run can meet. Each
 * extracted entity goes to the entity of the first of its lookup keys (key, name, aliases) that an alias holds,
 * else to a new entity with its own key; then the article claims its alias keys, the first entity to claim a key
 * keeping it. Articles are taken in order, each seeing the claims of those before it, so the graph ends as if they
 * had been written one by one. What the run writes comes out as rows: entities to create or retype, alias claims
 * with the number of articles behind each, and each article's list of claimed keys.
 *
 * <p>The read locks the keys it looks up (see {@code aliases-targets.cypher}), including those it does not find,
 * until the transaction ends: no other writer can claim them meanwhile, so what is decided here still holds when
 * the run is written.
 */
final class Resolution {
    private final Map<String, String> entityOf = new HashMap<>();
    private final Map<String, EntityRow> entities = new LinkedHashMap<>();
    private final Map<String, ClaimRow> claims = new LinkedHashMap<>();
    private final Set<String> renamed = new LinkedHashSet<>();
    private CurationRules rules = CurationRules.NONE;

    /** The graph entity a run writes: created from its first row, retyped by its most confident one. */
    private static final class EntityRow {
        final Map<String, Object> first;
        Map<String, Object> best;

        EntityRow(Map<String, Object> first) {
            this.first = first;
            this.best = first;
        }

        /**
         * A more confident row wins; between equally confident rows the type first in name order does, as
         * {@code entities-upsert.cypher} decides, so the graph's type does not depend on the order articles load in
         * (one writer or several, a retried task or not).
         */
        void add(Map<String, Object> row) {
            double confidence = (Double) row.get("confidence");
            double bestConfidence = (Double) best.get("confidence");
            if (confidence > bestConfidence
                    || confidence == bestConfidence && ((String) row.get("type")).compareTo((String) best.get("type")) < 0) {
                best = row;
            }
        }

        Map<String, Object> toRow(String key) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", key);
            row.put("name", first.get("name"));
            row.put("type", first.get("type"));
            row.put("confidence", first.get("confidence"));
            row.put("bestType", best.get("type"));
            row.put("bestConfidence", best.get("confidence"));
            return row;
        }
    }

    /** An alias key the run claims for an entity: a new alias, or one the entity holds already. */
    private record ClaimRow(String key, String entity, String name, boolean created, int[] articles) {
        Map<String, Object> toRow() {
            return Map.of("key", key, "entity", entity, "name", name, "created", created, "articles", (long) articles[0]);
        }
    }

    private Resolution() {
    }

    /** A resolution that knows these aliases (alias key to entity key) and reads nothing more: for tests. */
    static Resolution knowing(Map<String, String> aliases) {
        Resolution resolution = new Resolution();
        resolution.entityOf.putAll(aliases);
        return resolution;
    }

    /**
     * Reads (inside {@code tx}) the aliases the run can meet: every lookup key of its articles, then the own keys
     * of the entities those aliases lead to (which the articles claim too).
     */
    static Resolution read(TransactionContext tx, List<ArticleFacts> run) {
        Resolution resolution = new Resolution();
        resolution.rules = CurationRules.read(tx);
        Set<String> keys = new LinkedHashSet<>();
        run.forEach(f -> keys.addAll(f.lookupKeys()));
        resolution.fetch(tx, keys);
        resolution.fetch(tx, new LinkedHashSet<>(resolution.entityOf.values()));
        return resolution;
    }

    private void fetch(TransactionContext tx, Set<String> keys) {
        List<String> unknown = keys.stream().filter(k -> !entityOf.containsKey(k)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        tx.run(CypherFiles.get("aliases-targets"), Map.of("keys", unknown))
                .forEachRemaining(r -> entityOf.put(r.get("key").asString(), r.get("entity").asString()));
    }

    /**
     * Resolves the next article of the run and records its claims.
     *
     * @return the article's extraction entity keys mapped to graph entity keys, and the alias keys it claims
     */
    Resolved resolve(ArticleFacts facts) {
        Map<String, String> resolved = new HashMap<>();
        for (Map<String, Object> row : facts.entityRows()) {
            String entity = null;
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) row.get("keys");
            for (String key : keys) {
                // a curation that names the key decides, before the aliases (first come, first served) do
                CurationRules.Rule rule = rules.undated(key);
                if (rule != null) {
                    entity = rule.target();
                    row = curated(row, rule);
                    break;
                }
                entity = entityOf.get(key);
                if (entity != null) {
                    break;
                }
            }
            if (entity == null) {
                entity = (String) row.get("key");
            }
            resolved.put((String) row.get("key"), entity);
            EntityRow known = entities.get(entity);
            if (known == null) {
                entities.put(entity, new EntityRow(row));
            } else {
                known.add(row);
            }
        }
        List<String> claimed = new ArrayList<>();
        for (Map<String, Object> alias : facts.aliasRows(resolved)) {
            String key = (String) alias.get("key");
            String entity = (String) alias.get("entity");
            CurationRules.Rule rule = rules.undated(key);
            if (rule != null && !rule.target().equals(entity)) {
                continue; // a curation gives this name to another entity
            }
            String holder = entityOf.putIfAbsent(key, entity);
            if (holder == null) {
                renamed.add(entity);
            }
            if (holder == null || holder.equals(entity)) {
                claims.computeIfAbsent(key, k -> new ClaimRow(k, entity, (String) alias.get("name"), holder == null, new int[1]))
                        .articles()[0]++;
                claimed.add(key);
            }
        }
        return new Resolved(resolved, claimed);
    }

    /** The row of an entity that a curation sends to its target: named and typed as the target. */
    private static Map<String, Object> curated(Map<String, Object> row, CurationRules.Rule rule) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.put("name", rule.targetName());
        if (rule.type() != null) {
            copy.put("type", rule.type());
        }
        return copy;
    }

    /** The curations this resolution applies. */
    CurationRules rules() {
        return rules;
    }

    /**
     * Makes sure the targets of dated curations are written (created when missing), since facts of the run may go to
     * them.
     */
    void ensureDatedTargets() {
        rules.datedTargets().forEach((key, rule) -> {
            if (!entities.containsKey(key)) {
                Map<String, Object> row = new HashMap<>();
                row.put("name", rule.targetName());
                row.put("type", rule.type() == null ? "Organization" : rule.type());
                row.put("confidence", 0.0);
                entities.put(key, new EntityRow(row));
            }
        });
    }

    /** What {@link #resolve} found for one article. */
    record Resolved(Map<String, String> entities, List<String> claims) {
    }

    /** Rows for {@code entities-upsert.cypher}, one per graph entity the run resolved to. */
    List<Map<String, Object>> entityRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        entities.forEach((key, row) -> rows.add(row.toRow(key)));
        return rows;
    }

    /** The graph entities that the run gives new alias keys (whose alias lists may change). */
    Set<String> renamed() {
        return renamed;
    }

    /** Rows for {@code aliases-claim.cypher}, one per alias key the run claims. */
    List<Map<String, Object>> claimRows() {
        return claims.values().stream().map(ClaimRow::toRow).toList();
    }
}
