// Benchmark baseline: where entities occur, created outright.
UNWIND $rows AS row
MATCH (entity:Entity {key: row.from})
MATCH (article:Article {id: row.to})
CREATE (entity)-[mention:MENTIONED_IN]->(article)
SET mention = row.properties
