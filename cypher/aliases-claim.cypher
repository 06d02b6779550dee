// Links each alias key to its entity and adds the number of the run's articles that use it (the loader decided
// which keys are free or already the entity's). An alias key that another writer gave to another entity
// meanwhile stays with that entity, and is returned so that the articles do not count it as theirs.
UNWIND $claims AS row
MATCH (entity:Entity {key: row.entity})
MERGE (alias:Alias {key: row.key})
  ON CREATE SET alias.name = row.name
WITH row, entity, alias
OPTIONAL MATCH (alias)-[:ALIAS_OF]->(other:Entity)
WHERE other <> entity
WITH row, entity, alias, other
CALL (row, entity, alias, other) {
  WITH row, entity, alias, other
  WHERE other IS NULL
  MERGE (alias)-[claim:ALIAS_OF]->(entity)
  SET claim.articles = coalesce(claim.articles, 0) + row.articles
}
WITH row, other
WHERE other IS NOT NULL
RETURN DISTINCT row.key AS taken
