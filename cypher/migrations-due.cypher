// Which data migrations a graph may still need (GraphMigrations): each is marked done on the GraphState node, and a
// graph without INVOLVES links has nothing to migrate (a count from the store's counts, not a scan).
OPTIONAL MATCH (state:GraphState {key: 'graph'})
RETURN state.involvesTimeline IS NULL AND COUNT { ()-[:INVOLVES]->() } > 0 AS involvesTimeline
