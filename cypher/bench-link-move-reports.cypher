// Benchmark baseline: the articles reporting moves, created outright.
UNWIND $rows AS row
MATCH (move:Move {key: row.from})
MATCH (article:Article {id: row.to})
CREATE (move)-[report:REPORTED_IN]->(article)
SET report = row.properties
