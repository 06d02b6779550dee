// Finds an entity by key, by the key of one of its aliases, or by name (case-insensitive), in that order.
OPTIONAL MATCH (byKey:Entity {key: $key})
OPTIONAL MATCH (:Alias {key: $key})-[:ALIAS_OF]->(byAlias:Entity)
OPTIONAL CALL () {
  MATCH (named:Entity)
  WHERE toLower(named.name) = toLower($name)
  RETURN named
  ORDER BY named.key
  LIMIT 1
}
WITH coalesce(byKey, byAlias, named) AS entity
WHERE entity IS NOT NULL
RETURN entity.key AS key, entity.name AS name, entity.type AS type
