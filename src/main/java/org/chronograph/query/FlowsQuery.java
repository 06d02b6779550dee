package org.chronograph.query;

import java.util.List;
import org.chronograph.graph.GraphConnection;

/** Who moved where, aggregated: one flow per pair of organizations (left, joined), with counts and names. */
public final class FlowsQuery {
    private final GraphConnection graph;

    public FlowsQuery(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The flows of the moves the filter keeps, biggest first.
     *
     * @throws UnknownEntityException when the filter names an unknown entity
     */
    public List<Flow> run(MovesFilter filter) {
        return Cypher.read(graph, "flows", MovesQuery.parameters(graph, filter)).stream().map(r -> new Flow(
                r.get("fromKey").asString(null), r.get("from").asString(null), r.get("fromType").asString(null),
                r.get("toKey").asString(null), r.get("to").asString(null), r.get("toType").asString(null),
                r.get("moves").asLong(),
                r.get("people").asList(v -> new Flow.Mover(v.get("key").asString(), v.get("name").asString(),
                        v.get("date").asString(null), v.get("move").asString())))).toList();
    }
}
