// Events in date order (undated last), optionally only those involving one entity, of some types, or
// whose period overlaps [$from, $to]; each with its participants and the articles that report it.
MATCH (event:Event)
WHERE ($entity IS NULL OR (event)-[:INVOLVES]->(:Entity {key: $entity}))
  AND ($types IS NULL OR event.type IN $types)
  AND ($from IS NULL OR event.endDate >= $from)
  AND ($to IS NULL OR event.startDate <= $to)
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
                  sentence: report.sentence, confidence: report.confidence}) AS reports
}
RETURN event.key AS key, event.date AS date, event.precision AS precision, event.mod AS mod,
       event.type AS type, participants, reports
ORDER BY event.sortDate IS NULL, event.sortDate, event.type, event.key
