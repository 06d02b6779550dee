// After the schema: the full-text index is populated in the background when first created on a graph; wait for it
// (at most 5 minutes) so that the first search sees every entity.
CALL db.awaitIndex('entity_search', 300)
