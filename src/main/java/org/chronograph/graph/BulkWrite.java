package org.chronograph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a run of new articles (none of them in the graph yet, no id twice) with a few statements for the whole
 * run, leaving the graph as loading them one by one would. Only entity resolution depends on the articles before:
 * it looks up alias keys, which earlier articles may create. So the run is cut into groups in which no article
 * looks up a key that an earlier article of its group may create; each group is resolved in one statement, then
 * its aliases are written, before the next group. Mentions, events, moves, alias lists and affiliations depend on
 * resolution only, and are written once for the run.
 */
final class BulkWrite {
    private BulkWrite() {
    }

    /** Writes the run inside {@code tx}; returns one outcome per article, in order. */
    static List<LoadOutcome> write(TransactionContext tx, List<ArticleFacts> run) {
        if (run.isEmpty()) {
            return List.of();
        }
        tx.run(CypherFiles.get("article-merge"), Map.of("articles", run.stream().map(ArticleFacts::article).toList())).consume();

        Set<String> lookedUp = new LinkedHashSet<>();
        run.forEach(f -> lookedUp.addAll(f.lookupKeys()));
        AliasTargets targets = new AliasTargets();
        targets.fetch(tx, lookedUp);

        List<Map<String, String>> resolutions = new ArrayList<>();
        List<ArticleFacts> group = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (ArticleFacts facts : run) {
            Set<String> keys = facts.lookupKeys();
            if (!Collections.disjoint(keys, created)) {
                resolutions.addAll(resolveGroup(tx, group, targets));
                created.clear();
                group.clear();
            }
            group.add(facts);
            keys.stream().filter(k -> !targets.known(k)).forEach(created::add);
        }
        resolutions.addAll(resolveGroup(tx, group, targets));

        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> moves = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        Set<String> movers = new LinkedHashSet<>();
        List<LoadOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            ArticleFacts facts = run.get(i);
            Map<String, String> resolved = resolutions.get(i);
            mentions.addAll(facts.mentionRows(resolved));
            List<Map<String, Object>> articleEvents = facts.eventRows(resolved);
            List<Map<String, Object>> articleMoves = facts.moveRows(resolved);
            events.addAll(articleEvents);
            moves.addAll(articleMoves);
            entities.addAll(resolved.values());
            movers.addAll(facts.movers(resolved));
            outcomes.add(new LoadOutcome(facts.id(), LoadOutcome.Status.CREATED, new HashSet<>(resolved.values()).size(),
                    articleEvents.size(), articleMoves.size()));
        }
        tx.run(CypherFiles.get("mentions-merge"), Map.of("mentions", mentions)).consume();
        tx.run(CypherFiles.get("events-merge"), Map.of("events", events)).consume();
        tx.run(CypherFiles.get("moves-merge"), Map.of("moves", moves)).consume();
        tx.run(CypherFiles.get("entities-refresh-aliases"), Map.of("keys", List.copyOf(entities))).consume();
        GraphLoader.rebuildAffiliations(tx, List.copyOf(movers));
        return outcomes;
    }

    /**
     * Resolves a group's entities (those that known aliases do not settle in one statement) and writes its aliases;
     * one resolution per article.
     */
    private static List<Map<String, String>> resolveGroup(TransactionContext tx, List<ArticleFacts> group, AliasTargets targets) {
        if (group.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        group.forEach(f -> rows.addAll(f.entityRows()));
        Set<String> keys = new LinkedHashSet<>();
        group.forEach(f -> keys.addAll(f.lookupKeys()));
        targets.fetch(tx, keys);
        Map<String, String> resolved = new HashMap<>();
        List<Map<String, Object>> unsettled = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String entity = targets.resolveLocally(row);
            if (entity != null) {
                resolved.put((String) row.get("key"), entity);
            } else {
                unsettled.add(row);
            }
        }
        if (!unsettled.isEmpty()) {
            tx.run(CypherFiles.get("entities-resolve"), Map.of("entities", unsettled)).forEachRemaining(r -> {
                resolved.put(r.get("ref").asString(), r.get("key").asString());
                targets.confidence(r.get("key").asString(), r.get("confidence").asDouble());
            });
        }
        List<Map<String, Object>> aliases = new ArrayList<>();
        group.forEach(f -> aliases.addAll(f.aliasRows(resolved)));
        tx.run(CypherFiles.get("aliases-merge"), Map.of("aliases", aliases)).consume();
        return Collections.nCopies(group.size(), resolved);
    }
}
