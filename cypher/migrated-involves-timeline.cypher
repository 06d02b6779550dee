// Marks the INVOLVES migration (migrate-involves-timeline.cypher) done on the graph's GraphState node; the graph's
// version is left as it is (the migration changes no answer).
MERGE (state:GraphState {key: 'graph'})
SET state.involvesTimeline = true
