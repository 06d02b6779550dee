// After a merge or an undated alias: the names ($names: alias keys, with $labels their forms) lead to the target entity
// ($target) as curated aliases, which stay while no article uses them (so that a search or a lookup by the name finds
// the entity); a name another entity holds stays with it.
MATCH (target:Entity {key: $target})
UNWIND range(0, size($names) - 1) AS i
MERGE (alias:Alias {key: $names[i]})
  ON CREATE SET alias.name = $labels[i]
WITH target, alias
WHERE NOT EXISTS { (alias)-[:ALIAS_OF]->(other:Entity) WHERE other <> target }
MERGE (alias)-[link:ALIAS_OF]->(target)
  ON CREATE SET link.articles = 0
SET link.curated = true
