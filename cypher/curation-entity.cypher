// An entity a curation is about: its name, type, and every name key that leads to it (its own key first, then its
// aliases' by key), with the names as written.
MATCH (entity:Entity {key: $key})
OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(entity)
WITH entity, alias
ORDER BY alias.key
WITH entity, collect(CASE WHEN alias IS NULL OR alias.key = entity.key THEN null
                          ELSE {key: alias.key, name: alias.name} END) AS aliases
WITH entity, [{key: entity.key, name: entity.name}] + aliases AS names
RETURN entity.key AS key, entity.name AS name, entity.type AS type,
       [n IN names | n.key] AS keys, [n IN names | n.name] AS labels
