// Benchmark baseline: stints of people at organizations, created outright.
UNWIND $rows AS row
MATCH (person:Entity {key: row.from})
MATCH (org:Entity {key: row.to})
CREATE (person)-[stint:AFFILIATED_WITH]->(org)
SET stint = row.properties
