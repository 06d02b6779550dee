// Benchmark ceiling: relationships between nodes found by their unique key, created outright, no properties.
UNWIND $rows AS row
MATCH (from:Entity {key: row.from})
MATCH (to:Entity {key: row.to})
CREATE (from)-[:CEILING_LINK]->(to)
