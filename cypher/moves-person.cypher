// One person's moves in date order (undated last), optionally only those from or to one organization; the first
// $limit of them, with where from, where to, when, and the articles that report each.
MATCH (person:Entity {key: $person})<-[:OF]-(move:Move)
WHERE $org IS NULL OR EXISTS { (move)-[:FROM|TO]->(:Entity {key: $org}) }
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
