package org.chronograph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.Extraction;
import org.chronograph.graph.CypherFiles;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;

/**
 * The fastest way this benchmark knows to write a graph through the driver, to compare the loader with: the same
 * nodes and relationships as plain rows, one {@code UNWIND ... CREATE} statement (and transaction) per
 * {@value #ROWS} rows, nodes before the relationships that need them.
 */
final class UnwindBaseline implements BaselineRows.Sink {
    /** Rows per statement. */
    static final int ROWS = 10_000;
    private static final String NODES = "bench-create-nodes";

    private final GraphConnection graph;
    private final Map<String, List<Map<String, Object>>> buffers = new LinkedHashMap<>();
    private long statements;

    UnwindBaseline(GraphConnection graph) {
        this.graph = graph;
    }

    /** Writes the extractions' facts; returns the number of statements run. */
    long write(Iterable<Extraction> extractions) {
        BaselineRows rows = new BaselineRows(this);
        Prefetch.batches(extractions, GraphLoader.BATCH, 4, batch -> batch.forEach(rows::add));
        rows.finish();
        flush(NODES);
        for (String file : List.copyOf(buffers.keySet())) {
            flush(file);
        }
        return statements;
    }

    @Override
    public void node(Map<String, Object> row) {
        add(NODES, row);
    }

    @Override
    public void link(String file, Map<String, Object> row) {
        add(file, row);
    }

    private void add(String file, Map<String, Object> row) {
        List<Map<String, Object>> buffer = buffers.computeIfAbsent(file, f -> new ArrayList<>(ROWS));
        buffer.add(row);
        if (buffer.size() >= ROWS) {
            if (!file.equals(NODES)) {
                flush(NODES);
            }
            flush(file);
        }
    }

    private void flush(String file) {
        List<Map<String, Object>> buffer = buffers.get(file);
        if (buffer == null || buffer.isEmpty()) {
            return;
        }
        graph.driver().executableQuery(CypherFiles.get(file)).withParameters(Map.of("rows", List.copyOf(buffer))).execute();
        statements++;
        buffer.clear();
    }
}
