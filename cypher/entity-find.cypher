// Finds an entity by key, by the key of one of its aliases, or by name (case-insensitive), in that order.
// Names are compared only when neither key finds one (the UNWIND of an empty list stops the search), and only with
// the entities the full-text index entity_search finds for every word of the name ($words, SearchText.wordsQuery;
// null when the name has no word).
OPTIONAL MATCH (byKey:Entity {key: $key})
OPTIONAL MATCH (alias:Alias {key: $key})-[:ALIAS_OF]->(byAlias:Entity)
USING INDEX alias:Alias(key)
WITH coalesce(byKey, byAlias) AS found
OPTIONAL CALL (found) {
  UNWIND CASE WHEN found IS NULL AND $words IS NOT NULL THEN [true] ELSE [] END AS search
  CALL db.index.fulltext.queryNodes('entity_search', $words) YIELD node AS named
  WITH named
  WHERE toLower(named.name) = toLower($name)
  RETURN named
  ORDER BY named.key
  LIMIT 1
}
WITH coalesce(found, named) AS entity
WHERE entity IS NOT NULL
RETURN entity.key AS key, entity.name AS name, entity.type AS type
