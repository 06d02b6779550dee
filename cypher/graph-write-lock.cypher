// Serializes loading transactions: each takes the write lock of the one GraphState node before it reads which
// articles are stored, so two processes loading the same new article cannot both find it new (and both raise its
// co-mention counts); the second waits for the first to commit, then finds the article stored. The version is left
// as it is: a transaction that changes nothing does not change it (graph-touch.cypher does, last).
MERGE (state:GraphState {key: 'graph'})
SET state.writing = datetime()
