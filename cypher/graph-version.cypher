// The graph's version (see graph-touch.cypher): null when nothing wrote it yet (an empty graph, or one loaded by a
// version of Chronograph from before the marker).
OPTIONAL MATCH (state:GraphState {key: 'graph'})
RETURN state.version AS version
