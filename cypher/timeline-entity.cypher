// The events of one entity in date order (undated last), optionally only those of some types or whose period
// overlaps [$from, $to]; the first $limit of them,
// each with its participants and the articles that report it.
MATCH (:Entity {key: $entity})<-[:INVOLVES]-(event:Event)
WHERE ($types IS NULL OR event.type IN $types)
  AND ($from IS NULL OR event.endDate >= $from)
  AND ($to IS NULL OR event.startDate <= $to)
WITH event
ORDER BY event.sortDate IS NULL, event.sortDate, event.type, event.key
LIMIT $limit
CALL (event) {
  OPTIONAL MATCH (event)-[involves:INVOLVES]->(participant:Entity)
  WITH participant, involves
  ORDER BY involves.role, participant.name
  RETURN collect({key: participant.key, name: participant.name, type: participant.type, role: involves.role})
         AS participants
}
CALL (event) {
  OPTIONAL MATCH (event)-[report:REPORTED_IN]->(article:Article)
  WITH article, report
  ORDER BY report.confidence DESC, article.published, article.id
  RETURN collect({article: article.id, title: article.title, lang: article.lang, published: article.published,
                  url: article.url, sentence: report.sentence, confidence: report.confidence}) AS reports
}
RETURN event.key AS key, event.date AS date, event.precision AS precision, event.mod AS mod,
       event.type AS type, participants, reports
ORDER BY event.sortDate IS NULL, event.sortDate, event.type, event.key
