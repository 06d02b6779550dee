// Events whose period overlaps the period asked for, optionally only those of some types, in date order; the first
// $limit of them, each with its participants and the articles that report it. The period is [$periodFrom,
// $periodTo] (the Java side gives the earliest and latest dates for an open end).
// Each dated event carries a label for the length of its period (a calendar day, month, quarter, half or year; in
// graphs loaded before halves had their own label, halves carry the year's, which the year's bound covers), and
// its sort date lies within that period, so an event of a month that overlaps the period sorts between the first
// day of the month of $periodFrom and the last day of the month of $periodTo (likewise for quarters and years; the
// Java side computes the bounds): each length is scanned in order from its own bound on an index of
// (sortDate, type, key), which gives its first $limit events without sorting the rest; events longer than a year
// (none are dated so today) are looked at apart.
CALL () {
  MATCH (event:DaySpan)
  WHERE event.sortDate >= $periodFrom AND event.sortDate <= $periodTo AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND event.endDate >= $periodFrom AND event.startDate <= $periodTo
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
  ORDER BY event.sortDate, event.type, event.key
  LIMIT $limit
  UNION
  MATCH (event:MonthSpan)
  WHERE event.sortDate >= $fromMonth AND event.sortDate <= $toMonth AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND event.endDate >= $periodFrom AND event.startDate <= $periodTo
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
  ORDER BY event.sortDate, event.type, event.key
  LIMIT $limit
  UNION
  MATCH (event:QuarterSpan)
  WHERE event.sortDate >= $fromQuarter AND event.sortDate <= $toQuarter AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND event.endDate >= $periodFrom AND event.startDate <= $periodTo
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
  ORDER BY event.sortDate, event.type, event.key
  LIMIT $limit
  UNION
  MATCH (event:HalfSpan)
  WHERE event.sortDate >= $fromHalf AND event.sortDate <= $toHalf AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND event.endDate >= $periodFrom AND event.startDate <= $periodTo
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
  ORDER BY event.sortDate, event.type, event.key
  LIMIT $limit
  UNION
  MATCH (event:YearSpan)
  WHERE event.sortDate >= $fromYear AND event.sortDate <= $toYear AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND event.endDate >= $periodFrom AND event.startDate <= $periodTo
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
  ORDER BY event.sortDate, event.type, event.key
  LIMIT $limit
  UNION
  MATCH (event:LongSpan)
  WHERE event.endDate >= $periodFrom AND event.startDate <= $periodTo
    AND ($types IS NULL OR event.type IN $types)
  RETURN event
  ORDER BY event.sortDate, event.type, event.key
  LIMIT $limit
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
