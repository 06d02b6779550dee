// Benchmark baseline: alias claims, created outright.
UNWIND $rows AS row
MATCH (alias:Alias {key: row.from})
MATCH (entity:Entity {key: row.to})
CREATE (alias)-[claim:ALIAS_OF]->(entity)
SET claim = row.properties
