// The events with these keys, in the order of the keys, each with its participants and the articles that report it.
UNWIND range(0, size($keys) - 1) AS i
MATCH (event:Event {key: $keys[i]})
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
ORDER BY i
