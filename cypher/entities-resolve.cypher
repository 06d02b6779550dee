// Finds the graph entity of each extracted entity through the aliases of its key, name and aliases (in that
// order), or creates it. The first type stays unless a later article is more confident of another one.
UNWIND $entities AS e
OPTIONAL CALL (e) {
  UNWIND range(0, size(e.keys) - 1) AS i
  MATCH (alias:Alias {key: e.keys[i]})-[:ALIAS_OF]->(found:Entity)
  USING INDEX alias:Alias(key)
  RETURN found
  ORDER BY i
  LIMIT 1
}
CALL (e, found) {
  WITH e, found
  WHERE found IS NULL
  MERGE (created:Entity {key: e.key})
    ON CREATE SET created.name = e.name, created.type = e.type, created.typeConfidence = e.confidence,
                  created.aliases = []
  SET created:$(e.type)
  RETURN created AS entity
  UNION
  WITH e, found
  WHERE found IS NOT NULL
  RETURN found AS entity
}
CALL (e, entity) {
  WITH e, entity, entity.type AS oldType
  WHERE e.confidence > coalesce(entity.typeConfidence, 0.0) AND e.type <> oldType
  REMOVE entity:$(oldType)
  SET entity:$(e.type), entity.type = e.type
}
CALL (e, entity) {
  WITH e, entity
  WHERE e.confidence > coalesce(entity.typeConfidence, 0.0)
  SET entity.typeConfidence = e.confidence
}
RETURN e.key AS ref, entity.key AS key, coalesce(entity.typeConfidence, 0.0) AS confidence
