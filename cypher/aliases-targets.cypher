// The entity each of these alias keys belongs to, with how confident the graph is of that entity's type.
UNWIND $keys AS key
MATCH (alias:Alias {key: key})-[:ALIAS_OF]->(entity:Entity)
USING INDEX alias:Alias(key)
RETURN key, entity.key AS entity, coalesce(entity.typeConfidence, 0.0) AS confidence
