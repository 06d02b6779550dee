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
  // when another writer made the key after all (two ingest processes at once: TwoWritersIT once found a second
  // link here), its link to the same entity gets the count, and a key another entity holds stays with it
  WITH alias, entity, row
  WHERE NOT EXISTS { (alias)-[:ALIAS_OF]->(other:Entity) WHERE other <> entity }
  MERGE (alias)-[claim:ALIAS_OF]->(entity)
    ON CREATE SET claim.articles = row.articles
    ON MATCH SET claim.articles = claim.articles + row.articles
}
CALL (row, entity) {
  WITH row, entity
  WHERE NOT row.created
  MATCH (alias:Alias {key: row.key})-[claim:ALIAS_OF]->(entity)
  USING INDEX alias:Alias(key)
  SET claim.articles = claim.articles + row.articles
}
