package org.chronograph.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The database a test runs against: an open connection, and how another client reaches the same database.
 *
 * @param connection an open connection (owned by {@link Neo4jExtension}; do not close it)
 * @param uri        Bolt URI of the database
 * @param dataDir    the embedded database's data directory, or {@code null} for a container
 */
public record TestGraph(GraphConnection connection, String uri, Path dataDir) {

    /** Every node and relationship as a string, sorted: equal dumps mean equal graphs. */
    public List<String> dump() {
        return connection.driver().executableQuery(CypherFiles.get("test-dump")).execute().records().stream()
                .map(TestGraph::line).sorted().toList();
    }

    private static String line(Record r) {
        List<String> labels = r.get("labels").asList(Value::asString).stream().sorted().toList();
        return r.get("kind").asString() + " " + r.get("from").asString("") + " " + labels + " "
                + r.get("to").asString("") + " " + new TreeMap<>(r.get("properties").asMap());
    }

    /** Runs one Cypher file with parameters and returns its records. */
    public List<Record> run(String cypherFile, java.util.Map<String, Object> parameters) {
        return connection.driver().executableQuery(CypherFiles.get(cypherFile)).withParameters(parameters).execute().records();
    }
}
