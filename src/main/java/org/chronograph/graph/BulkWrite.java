package org.chronograph.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a run of articles that have no facts in the graph (new ones, or replaced ones already detached; no id
 * twice) with one statement per kind of fact for the whole run, leaving the graph as writing them one by one
 * would: entities are resolved in memory by {@link Resolution}, which reads the aliases once. Alias lists and
 * affiliations, which depend on other articles too, are left to the caller.
 */
final class BulkWrite {
    private BulkWrite() {
    }

    /**
     * What a run wrote: one outcome per article, in order; the graph entities it touched; those given new alias
     * keys; the people who moved.
     */
    record Written(List<LoadOutcome> outcomes, Set<String> entities, Set<String> renamed, Set<String> movers) {
    }

    /** Writes the run inside {@code tx}; {@code step} hears the name of each kind of fact once it is written. */
    static Written write(TransactionContext tx, List<ArticleFacts> run, Consumer<String> step) {
        if (run.isEmpty()) {
            return new Written(List.of(), Set.of(), Set.of(), Set.of());
        }
        Resolution resolution = Resolution.read(tx, run);
        List<Map<String, Object>> articles = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> moves = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        Set<String> movers = new LinkedHashSet<>();
        List<LoadOutcome> outcomes = new ArrayList<>();
        resolution.ensureDatedTargets();
        for (ArticleFacts facts : run) {
            facts.applying(resolution.rules());
            Resolution.Resolved resolved = resolution.resolve(facts);
            Map<String, String> keys = resolved.entities();
            Map<String, Object> article = facts.article();
            article.put("claims", resolved.claims());
            article.put("extraction", facts.packed());
            articles.add(article);
            mentions.addAll(facts.mentionRows(keys));
            List<Map<String, Object>> articleEvents = facts.eventRows(keys);
            List<Map<String, Object>> articleMoves = facts.moveRows(keys);
            events.addAll(articleEvents);
            moves.addAll(articleMoves);
            entities.addAll(keys.values());
            movers.addAll(facts.movers(keys));
            outcomes.add(new LoadOutcome(facts.id(), LoadOutcome.Status.CREATED, new HashSet<>(keys.values()).size(),
                    articleEvents.size(), articleMoves.size()));
        }
        tx.run(CypherFiles.get("article-merge"), Map.of("articles", articles)).consume();
        step.accept("article");
        tx.run(CypherFiles.get("entities-upsert"), Map.of("entities", resolution.entityRows())).consume();
        tx.run(CypherFiles.get("aliases-claim"), Map.of("claims", resolution.claimRows())).consume();
        step.accept("entities");
        tx.run(CypherFiles.get("mentions-create"), Map.of("mentions", mentions)).consume();
        tx.run(CypherFiles.get("comentions-add"), Map.of("articles", run.stream().map(ArticleFacts::id).toList())).consume();
        step.accept("mentions");
        tx.run(CypherFiles.get("events-merge"), Map.of("events", events)).consume();
        step.accept("events");
        tx.run(CypherFiles.get("moves-merge"), Map.of("moves", moves)).consume();
        step.accept("moves");
        return new Written(outcomes, entities, resolution.renamed(), movers);
    }
}
