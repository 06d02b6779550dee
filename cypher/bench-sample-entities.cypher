// Benchmark: names of the entities that take part in events, to draw query parameters from.
MATCH (entity:Entity)
WHERE EXISTS { (entity)<-[:INVOLVES]-(:Event) }
RETURN entity.name AS name
ORDER BY name
