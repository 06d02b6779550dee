// Finds an entity by key, by the key of one of its aliases, or by name (case-insensitive), in that order.
// Names are compared with every entity only when neither key finds one (the UNWIND of an empty list stops the scan).
OPTIONAL MATCH (byKey:Entity {key: $key})
OPTIONAL MATCH (alias:Alias {key: $key})-[:ALIAS_OF]->(byAlias:Entity)
USING INDEX alias:Alias(key)
WITH coalesce(byKey, byAlias) AS found
OPTIONAL CALL (found) {
  UNWIND CASE WHEN found IS NULL THEN [true] ELSE [] END AS scan
  MATCH (named:Entity)
  WHERE toLower(named.name) = toLower($name)
  RETURN named
  ORDER BY named.key
  LIMIT 1
}
WITH coalesce(found, named) AS entity
WHERE entity IS NOT NULL
RETURN entity.key AS key, entity.name AS name, entity.type AS type
