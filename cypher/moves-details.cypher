// The moves with these keys, in the order of the keys: who, from where, to where, when, and the reporting articles.
UNWIND range(0, size($keys) - 1) AS i
MATCH (move:Move {key: $keys[i]})-[:OF]->(person:Entity)
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
ORDER BY i
