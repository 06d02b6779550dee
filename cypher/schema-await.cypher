// After the schema: an index created just now (a new graph, or one loaded before the index existed) is filled from
// the nodes already there, and queries must not use it before it is online (seconds for 100,000 entities).
CALL db.awaitIndexes(600)
