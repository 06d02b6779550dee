// After a replacement: alias links that no article uses any more (an entity keeps its own key, and the names a
// curation gave it), then alias nodes linked to nothing.
UNWIND $entities AS key
MATCH (entity:Entity {key: key})
CALL (entity) {
  MATCH (alias:Alias)-[claim:ALIAS_OF]->(entity)
  WHERE claim.articles = 0 AND alias.key <> entity.key AND claim.curated IS NULL
  DELETE claim
  WITH alias
  WHERE NOT (alias)-[:ALIAS_OF]->()
  DELETE alias
}
