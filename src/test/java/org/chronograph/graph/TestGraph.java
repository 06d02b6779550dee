package org.chronograph.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * Each article id with its hash and what is attached to it (reports and mentions with their properties),
     * sorted: an article stored whole has the same entry as in a clean run.
     */
    public Map<String, List<String>> articleFacts() {
        Map<String, List<String>> facts = new TreeMap<>();
        for (Record r : run("test-article-facts", Map.of())) {
            List<String> links = new ArrayList<>();
            links.add("hash " + r.get("hash").asString(null));
            for (Value link : r.get("links").values()) {
                if (!link.get("type").isNull()) {
                    links.add(link.get("type").asString() + " " + link.get("from").asString(null) + " "
                            + new TreeMap<>(link.get("properties").asMap()));
                }
            }
            facts.put(r.get("id").asString(), links.stream().sorted().toList());
        }
        return facts;
    }

    /**
     * Like {@link #dump()}, with the items of list properties sorted: the lists that grow as articles are written
     * (the articles that use an alias) then do not depend on the order in which concurrent writers committed.
     */
    public List<String> canonicalDump() {
        return connection.driver().executableQuery(CypherFiles.get("test-dump")).execute().records().stream()
                .map(r -> line(r, true)).sorted().toList();
    }

    private static String line(Record r) {
        return line(r, false);
    }

    private static String line(Record r, boolean sortLists) {
        List<String> labels = r.get("labels").asList(Value::asString).stream().sorted().toList();
        Map<String, Object> properties = new TreeMap<>(r.get("properties").asMap());
        // bytes (an article's stored extraction) by content, not by array identity
        properties.replaceAll((k, v) -> v instanceof byte[] bytes ? "bytes:" + java.util.Arrays.hashCode(bytes) : v);
        if (sortLists) {
            properties.replaceAll((k, v) -> v instanceof List<?> list ? list.stream().map(String::valueOf).sorted().toList() : v);
        }
        return r.get("kind").asString() + " " + r.get("from").asString("") + " " + labels + " "
                + r.get("to").asString("") + " " + properties;
    }

    /** Runs one Cypher file with parameters and returns its records. */
    public List<Record> run(String cypherFile, Map<String, Object> parameters) {
        return connection.driver().executableQuery(CypherFiles.get(cypherFile)).withParameters(parameters).execute().records();
    }
}
