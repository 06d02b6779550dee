// Sets each entity's aliases property to the names of its alias nodes, other than its own name.
UNWIND $keys AS key
MATCH (entity:Entity {key: key})
OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(entity)
WITH entity, alias.name AS name
ORDER BY name
WITH entity, collect(DISTINCT name) AS names
SET entity.aliases = [name IN names WHERE toLower(name) <> toLower(entity.name)]
