// Moves of the rows' articles: merged by key across articles, each with the sentence that reports it there.
UNWIND $moves AS row
MATCH (article:Article {id: row.article})
MERGE (move:Move {key: row.key})
  ON CREATE SET move.date = row.date, move.precision = row.precision, move.mod = row.mod,
                move.sortDate = row.sortDate, move.startDate = row.startDate, move.endDate = row.endDate,
                move.year = row.year
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
