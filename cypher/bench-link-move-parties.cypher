// Benchmark baseline: who moved (OF), from where (FROM) and to where (TO), created outright.
UNWIND $rows AS row
MATCH (move:Move {key: row.from})
MATCH (entity:Entity {key: row.to})
CREATE (move)-[:$(row.type)]->(entity)
