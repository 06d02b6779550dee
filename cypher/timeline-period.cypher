// Events whose period overlaps [$from, $to] (either may be null), optionally only those of some types, in date
// order; the first $limit of them, each with its participants and the articles that report it.
// An event of at most a year that overlaps the period starts, and sorts, no earlier than $since (the first of
// January of the year before $from's; the Java side computes it), so the sort-date index gives those in order
// from there; the few longer events carry the label LongSpan and are looked at apart.
CALL () {
  MATCH (event:Event)
  WHERE event.sortDate >= $since
    AND ($from IS NULL OR event.endDate >= $from)
    AND ($to IS NULL OR event.startDate <= $to)
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
  ORDER BY event.sortDate, event.type, event.key
  LIMIT $limit
  UNION
  MATCH (event:LongSpan)
  WHERE ($from IS NULL OR event.endDate >= $from)
    AND ($to IS NULL OR event.startDate <= $to)
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
}
WITH event
ORDER BY event.sortDate, event.type, event.key
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
ORDER BY event.sortDate, event.type, event.key
