// Benchmark baseline: event participants, created outright.
UNWIND $rows AS row
MATCH (event:Event {key: row.from})
MATCH (entity:Entity {key: row.to})
CREATE (event)-[involves:INVOLVES]->(entity)
SET involves = row.properties
