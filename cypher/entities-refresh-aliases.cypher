// Sets each entity's aliases property to the names of its alias nodes, other than its own name (writing only
// those that change).
UNWIND $keys AS key
MATCH (entity:Entity {key: key})
OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(entity)
WITH entity, alias.name AS name
ORDER BY name
WITH entity, collect(DISTINCT name) AS names
WITH entity, [name IN names WHERE toLower(name) <> toLower(entity.name)] AS aliases
WHERE entity.aliases IS NULL OR entity.aliases <> aliases
SET entity.aliases = aliases
