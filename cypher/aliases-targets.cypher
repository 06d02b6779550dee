// The entity each of these alias keys belongs to.
UNWIND $keys AS key
MATCH (alias:Alias {key: key})-[:ALIAS_OF]->(entity:Entity)
USING INDEX alias:Alias(key)
// a no-op write makes this an updating query, whose unique-index seeks lock the keys they read: a writer still
// creating one of them is waited for, so that its aliases are seen and its entities not made twice
FOREACH (_ IN [] | SET alias.key = key)
RETURN key, entity.key AS entity
