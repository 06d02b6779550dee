// Links each alias key to its entity and records that the row's article uses it; an alias key that already
// belongs to another entity stays with that entity. Rows are applied in order.
UNWIND $aliases AS row
MATCH (entity:Entity {key: row.entity})
MERGE (alias:Alias {key: row.key})
  ON CREATE SET alias.name = row.name
WITH row, entity, alias
OPTIONAL MATCH (alias)-[:ALIAS_OF]->(other:Entity)
WHERE other <> entity
WITH row, entity, alias, other
WHERE other IS NULL
MERGE (alias)-[claim:ALIAS_OF]->(entity)
SET claim.articles = CASE
  WHEN row.article IN coalesce(claim.articles, []) THEN claim.articles
  ELSE coalesce(claim.articles, []) + row.article
END
