// Benchmark baseline: the articles reporting events, created outright.
UNWIND $rows AS row
MATCH (event:Event {key: row.from})
MATCH (article:Article {id: row.to})
CREATE (event)-[report:REPORTED_IN]->(article)
SET report = row.properties
