// After a replacement: entities that no article mentions and no fact involves any more, with their aliases.
UNWIND $entities AS key
MATCH (entity:Entity {key: key})
WHERE NOT (entity)-[:MENTIONED_IN]->() AND NOT ()-[:INVOLVES|OF|FROM|TO]->(entity)
OPTIONAL MATCH (alias:Alias)-[:ALIAS_OF]->(entity)
DETACH DELETE alias, entity
