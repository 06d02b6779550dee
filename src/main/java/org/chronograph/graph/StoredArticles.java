package org.chronograph.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chronograph.ChronographException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * What the graph already holds of an article, so that ingest skips unchanged articles before
 * paying for their extraction (and resumes an interrupted run where it stopped).
 */
public final class StoredArticles {
    private final Driver driver;

    public StoredArticles(GraphConnection graph) {
        this.driver = graph.driver();
    }

    /**
     * True when an article with this id and this content hash is stored.
     *
     * @throws GraphUnavailableException when the database is unreachable or unavailable for longer than the retry time
     * @throws ChronographException      when the database refuses the read
     */
    public boolean isStored(String id, String hash) {
        try (Session session = driver.session()) {
            List<Record> rows = session.executeRead(tx -> tx.run(CypherFiles.get("article-hash"), Map.of("id", id)).list());
            return !rows.isEmpty() && Objects.equals(rows.get(0).get("hash").asString(null), hash);
        } catch (Neo4jException e) {
            if (e instanceof RetryableException) {
                throw GraphLoader.unavailable("checking whether article " + id + " is stored", e);
            }
            throw new ChronographException("cannot check whether article " + id + " is stored: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
