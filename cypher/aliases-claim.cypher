// Links alias keys to their entities, adding the number of the run's articles that use each. The loader decided
// each row from the aliases it read (and locked): a new key gets its alias and link, a key the entity holds
// already gets its count raised.
UNWIND $claims AS row
MATCH (entity:Entity {key: row.entity})
CALL (row, entity) {
  WITH row, entity
  WHERE row.created
  MERGE (alias:Alias {key: row.key})
    ON CREATE SET alias.name = row.name
  CREATE (alias)-[:ALIAS_OF {articles: row.articles}]->(entity)
}
CALL (row, entity) {
  WITH row, entity
  WHERE NOT row.created
  MATCH (alias:Alias {key: row.key})-[claim:ALIAS_OF]->(entity)
  USING INDEX alias:Alias(key)
  SET claim.articles = claim.articles + row.articles
}
