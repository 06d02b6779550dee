// Moves in date order (undated last); the first $limit of them, with
// where from, where to, when, and the articles that report each.
MATCH (move:Move)-[:OF]->(person:Entity)
WITH move, person
ORDER BY move.sortDate IS NULL, move.sortDate, person.name, move.key
LIMIT $limit
OPTIONAL MATCH (move)-[:FROM]->(left:Entity)
OPTIONAL MATCH (move)-[:TO]->(joined:Entity)
CALL (move) {
  OPTIONAL MATCH (move)-[report:REPORTED_IN]->(article:Article)
  WITH article, report
  ORDER BY report.confidence DESC, article.published, article.id
  RETURN collect({article: article.id, title: article.title, lang: article.lang, published: article.published,
                  sentence: report.sentence, confidence: report.confidence}) AS reports
}
RETURN move.key AS key, person.key AS personKey, person.name AS person, left.key AS fromKey, left.name AS from,
       joined.key AS toKey, joined.name AS to, move.date AS date, move.precision AS precision, move.mod AS mod,
       reports
ORDER BY move.sortDate IS NULL, move.sortDate, person.name, move.key
