// The entity each of these alias keys belongs to (a read, without the loader's locks).
UNWIND $keys AS key
MATCH (alias:Alias {key: key})-[:ALIAS_OF]->(entity:Entity)
RETURN key, entity.key AS entity
