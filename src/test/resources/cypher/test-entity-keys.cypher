MATCH (entity:Entity)
RETURN entity.key AS key
ORDER BY key
