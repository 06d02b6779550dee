// Entities that take part in the same events as an entity, with how many events they share.
MATCH (entity:Entity {key: $key})<-[:INVOLVES]-(event:Event)-[:INVOLVES]->(other:Entity)
WHERE other <> entity
RETURN other.key AS key, other.name AS name, other.type AS type, count(DISTINCT event) AS events
ORDER BY events DESC, name
