package org.chronograph.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.chronograph.ChronographException;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.Extraction;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * Writes extractions to the graph in managed write transactions (retried by the driver on transient errors): a new
 * article is created, one with the same id and content hash is left alone, one with the same id and another hash
 * has its old reports replaced, and nothing else changes. {@link #load} writes one article per transaction;
 * {@link #loadBatch} writes many in one transaction with the same result as loading them one by one, and when that
 * transaction fails, loads them one by one so that each article is still written whole or not at all. A transaction
 * that changes the graph also changes its {@link GraphVersion}.
 */
public final class GraphLoader {
    /** Articles per transaction in {@link #loadAll}. */
    public static final int BATCH = 1000;

    private final Driver driver;
    private final Consumer<String> afterStep;

    /** A loader writing through the connection's driver. */
    public GraphLoader(GraphConnection graph) {
        this(graph.driver(), step -> { });
    }

    /** For tests: {@code afterStep} runs inside the transaction after each named step, and may throw. */
    GraphLoader(Driver driver, Consumer<String> afterStep) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.afterStep = afterStep;
    }

    /**
     * Loads one article's facts.
     *
     * @throws ChronographException when the database rejects the write; the transaction is rolled back, so
     *                              nothing of the article is half-written
     */
    public LoadOutcome load(Extraction extraction) {
        return load(extraction, false);
    }

    /**
     * Loads one article's facts; with {@code force}, an article already there with the same hash is replaced
     * anyway (for re-extraction with a better extractor).
     *
     * @throws GraphUnavailableException when the database is unreachable or unavailable for longer than the retry time
     * @throws ChronographException      when the database rejects the write
     */
    public LoadOutcome load(Extraction extraction, boolean force) {
        String id = extraction.article().id();
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                GraphVersion.lockForWriting(tx);
                LoadOutcome outcome = write(tx, new ArticleFacts(extraction), id, force);
                if (outcome.status() != LoadOutcome.Status.UNCHANGED) {
                    GraphVersion.touch(tx);
                }
                return outcome;
            });
        } catch (Neo4jException e) {
            if (e instanceof RetryableException) {
                throw unavailable("loading article " + id, e);
            }
            throw new ChronographException("cannot load article " + id + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Loads articles in order, in one transaction; the graph ends as if each had been loaded with
     * {@link #load(Extraction, boolean)} in turn. When the transaction fails, each article is loaded in its own
     * transaction, and those the database rejects go to {@code onFailure} and are left out.
     *
     * @return the outcomes of the articles loaded, in order
     * @throws GraphUnavailableException when the database is unreachable or unavailable for longer than the retry time
     */
    public List<LoadOutcome> loadBatch(List<Extraction> batch, boolean force, BiConsumer<Extraction, ChronographException> onFailure) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                GraphVersion.lockForWriting(tx);
                List<LoadOutcome> outcomes = writeBatch(tx, batch, force);
                if (outcomes.stream().anyMatch(o -> o.status() != LoadOutcome.Status.UNCHANGED)) {
                    GraphVersion.touch(tx);
                }
                return outcomes;
            });
        } catch (RuntimeException batchFailed) {
            if (batchFailed instanceof Neo4jException e && e instanceof RetryableException) {
                throw unavailable("loading a batch of " + batch.size() + " articles", e);
            }
            List<LoadOutcome> outcomes = new ArrayList<>();
            for (Extraction extraction : batch) {
                try {
                    outcomes.add(load(extraction, force));
                } catch (GraphUnavailableException e) {
                    throw e;
                } catch (ChronographException e) {
                    onFailure.accept(extraction, e);
                }
            }
            return outcomes;
        }
    }

    /** Loads each extraction in order, {@value #BATCH} articles per transaction; stops at the first failure. */
    public LoadSummary loadAll(Iterable<Extraction> extractions) {
        List<LoadOutcome> outcomes = new ArrayList<>();
        List<Extraction> batch = new ArrayList<>();
        BiConsumer<Extraction, ChronographException> stop = (x, e) -> {
            throw e;
        };
        for (Extraction extraction : extractions) {
            batch.add(extraction);
            if (batch.size() == BATCH) {
                outcomes.addAll(loadBatch(batch, false, stop));
                batch.clear();
            }
        }
        outcomes.addAll(loadBatch(batch, false, stop));
        return new LoadSummary(outcomes);
    }

    /** New articles are written in runs; an article already stored, or named twice, alone. */
    private List<LoadOutcome> writeBatch(TransactionContext tx, List<Extraction> batch, boolean force) {
        List<String> ids = batch.stream().map(x -> x.article().id()).toList();
        Set<String> stored = new HashSet<>();
        tx.run(CypherFiles.get("articles-hash"), Map.of("ids", ids)).forEachRemaining(r -> stored.add(r.get("id").asString()));
        Set<String> seen = new HashSet<>();
        List<LoadOutcome> outcomes = new ArrayList<>();
        List<ArticleFacts> run = new ArrayList<>();
        for (Extraction extraction : batch) {
            String id = extraction.article().id();
            if (!stored.contains(id) && seen.add(id)) {
                run.add(new ArticleFacts(extraction));
                continue;
            }
            outcomes.addAll(writeRun(tx, run));
            run.clear();
            outcomes.add(write(tx, new ArticleFacts(extraction), id, force));
        }
        outcomes.addAll(writeRun(tx, run));
        return outcomes;
    }

    private List<LoadOutcome> writeRun(TransactionContext tx, List<ArticleFacts> run) {
        BulkWrite.Written written = BulkWrite.write(tx, run, name -> { });
        refresh(tx, written.renamed(), written.movers());
        return written.outcomes();
    }

    private LoadOutcome write(TransactionContext tx, ArticleFacts facts, String id, boolean force) {
        List<Record> stored = tx.run(CypherFiles.get("article-hash"), Map.of("id", id)).list();
        boolean exists = !stored.isEmpty();
        if (exists && !force && Objects.equals(stored.get(0).get("hash").asString(null), facts.article().get("hash"))) {
            return LoadOutcome.unchanged(id);
        }

        OldFacts old = exists ? detach(tx, id) : OldFacts.NONE;
        BulkWrite.Written written = BulkWrite.write(tx, List.of(facts), this::step);
        Set<String> entityKeys = new LinkedHashSet<>(written.entities());
        if (exists) {
            List<String> gone = new ArrayList<>(old.events());
            gone.addAll(old.moves());
            tx.run(CypherFiles.get("cleanup-unreported"), Map.of("keys", gone)).consume();
            tx.run(CypherFiles.get("cleanup-aliases"), Map.of("entities", old.entities())).consume();
            tx.run(CypherFiles.get("cleanup-entities"), Map.of("entities", old.entities())).consume();
            entityKeys.addAll(old.entities());
        }
        Set<String> persons = new LinkedHashSet<>(old.persons());
        persons.addAll(written.movers());
        refresh(tx, entityKeys, persons);
        step("affiliations");

        LoadOutcome created = written.outcomes().get(0);
        return exists ? new LoadOutcome(id, LoadOutcome.Status.REPLACED, created.entities(), created.events(), created.moves())
                : created;
    }

    /** Brings the alias lists of the entities and the affiliations of the people up to date. */
    private static void refresh(TransactionContext tx, Set<String> entities, Set<String> persons) {
        if (!entities.isEmpty()) {
            tx.run(CypherFiles.get("entities-refresh-aliases"), Map.of("keys", List.copyOf(entities))).consume();
        }
        rebuildAffiliations(tx, List.copyOf(persons));
    }

    private OldFacts detach(TransactionContext tx, String id) {
        Record r = tx.run(CypherFiles.get("article-old-facts"), Map.of("id", id)).single();
        OldFacts old = new OldFacts(strings(r.get("events")), strings(r.get("moves")),
                strings(r.get("entities")), strings(r.get("persons")));
        tx.run(CypherFiles.get("comentions-remove"), Map.of("id", id)).consume();
        tx.run(CypherFiles.get("article-detach"), Map.of("id", id, "entities", old.entities())).consume();
        step("detach");
        return old;
    }

    /** Deletes the people's affiliations and derives them again from all their moves. */
    static void rebuildAffiliations(TransactionContext tx, List<String> persons) {
        if (persons.isEmpty()) {
            return;
        }
        List<Affiliations.MoveFact> moves = tx.run(CypherFiles.get("person-moves"), Map.of("persons", persons)).list(r ->
                new Affiliations.MoveFact(r.get("person").asString(), r.get("from").asString(null), r.get("to").asString(null),
                        r.get("date").isNull() ? null : new EventDate(r.get("date").asString(), r.get("mod").asString(null))));
        tx.run(CypherFiles.get("affiliations-clear"), Map.of("persons", persons)).consume();
        List<Map<String, Object>> rows = Affiliations.of(moves).stream().map(Affiliations.Stint::toRow).toList();
        tx.run(CypherFiles.get("affiliations-create"), Map.of("affiliations", rows)).consume();
    }

    private void step(String name) {
        afterStep.accept(name);
    }

    private static List<String> strings(Value value) {
        return value.asList(Value::asString);
    }

    /**
     * The error for a failure the driver retried until its retry time was spent (connection lost, server stopping
     * or restarting, leader change, deadlocks that keep coming back).
     */
    static GraphUnavailableException unavailable(String doing, Neo4jException e) {
        return new GraphUnavailableException("the database became unavailable while " + doing
                + " and did not come back in time: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse(message);
    }

    private record OldFacts(List<String> events, List<String> moves, List<String> entities, List<String> persons) {
        static final OldFacts NONE = new OldFacts(List.of(), List.of(), List.of(), List.of());
    }
}
