// Marks the graph as changed: a new random version on the one GraphState node. Every transaction that changes what
// the graph holds runs this last (GraphVersion.touch; the loader does), so that a reader can tell cheaply whether
// anything changed since it last looked (the web server's ETags and the answers it keeps).
MERGE (state:GraphState {key: 'graph'})
SET state.version = randomUUID(), state.changed = datetime()
