// Moves of the rows' articles: merged by key across articles, each with the sentence that reports it there.
UNWIND $moves AS row
MATCH (article:Article {id: row.article})
MERGE (move:Move {key: row.key})
  ON CREATE SET move.date = row.date, move.precision = row.precision, move.mod = row.mod,
                move.sortDate = row.sortDate, move.startDate = row.startDate, move.endDate = row.endDate,
                move.year = row.year
// the finer reading of the date wins whatever the order articles load in (as in events-merge.cypher)
FOREACH (_ IN CASE WHEN row.mod IS NOT NULL AND (move.mod IS NULL OR row.mod < move.mod) THEN [true] ELSE [] END |
  SET move.mod = row.mod, move.sortDate = row.sortDate)
CREATE (move)-[:REPORTED_IN {sentence: row.sentence, start: row.start, end: row.end, confidence: row.confidence}]->(article)
WITH move, row
MATCH (person:Entity {key: row.person})
MERGE (move)-[:OF]->(person)
WITH move, row
CALL (move, row) {
  MATCH (left:Entity {key: row.from})
  MERGE (move)-[:FROM]->(left)
}
CALL (move, row) {
  MATCH (joined:Entity {key: row.to})
  MERGE (move)-[:TO]->(joined)
}
