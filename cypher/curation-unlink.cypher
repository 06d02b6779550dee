// Before the articles a curation touches are loaded again: the names it moves ($names: alias keys) leave the
// entities that hold them (all but $keep), so that the loader gives them where the curations now say. Alias nodes
// left with no link go.
UNWIND $names AS key
MATCH (alias:Alias {key: key})-[link:ALIAS_OF]->(entity:Entity)
WHERE NOT entity.key IN $keep
DELETE link
WITH DISTINCT alias
WHERE NOT (alias)-[:ALIAS_OF]->()
DELETE alias
