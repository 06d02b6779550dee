// Moves in date order (undated last), optionally only one person's ($person), from one organization ($origin),
// to one ($destination), from or to one ($org), or whose period overlaps [$from, $to]; all keys or nulls.
// The first $limit of them, each with the articles that report it. Starts from the person ($person is set).
MATCH (person:Entity {key: $person})<-[:OF]-(move:Move)
OPTIONAL MATCH (move)-[:FROM]->(left:Entity)
OPTIONAL MATCH (move)-[:TO]->(joined:Entity)
WITH move, person, left, joined
WHERE ($org IS NULL OR left.key = $org OR joined.key = $org)
  AND ($origin IS NULL OR left.key = $origin)
  AND ($destination IS NULL OR joined.key = $destination)
  AND ($from IS NULL OR move.endDate >= $from)
  AND ($to IS NULL OR move.startDate <= $to)
WITH move, person, left, joined
ORDER BY move.sortDate IS NULL, move.sortDate, person.name, move.key
LIMIT $limit
CALL (move) {
  OPTIONAL MATCH (move)-[report:REPORTED_IN]->(article:Article)
  WITH article, report
  ORDER BY report.confidence DESC, article.published, article.id
  RETURN collect({article: article.id, title: article.title, lang: article.lang, published: article.published,
                  url: article.url, sentence: report.sentence, confidence: report.confidence}) AS reports
}
RETURN move.key AS key, person.key AS personKey, person.name AS person, left.key AS fromKey, left.name AS from,
       joined.key AS toKey, joined.name AS to, move.date AS date, move.precision AS precision, move.mod AS mod,
       reports
ORDER BY move.sortDate IS NULL, move.sortDate, person.name, move.key
