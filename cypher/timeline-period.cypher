// Events whose period overlaps the period asked for, optionally only those of some types, in date order; the first
// $limit of them, each with its participants and the articles that report it. The period is [$periodFrom,
// $periodTo] (the Java side gives the earliest and latest dates for an open end).
// Each dated event carries a label for the length of its period (a calendar day, month, quarter, half or year; in
// graphs loaded before halves had their own label, halves carry the year's), and its sort date lies within that
// period. So an event of a month overlaps the period exactly when it sorts between the first day of the month of
// $periodFrom and the last day of the month of $periodTo (likewise for quarters and halves; the Java side computes
// the bounds), and no start or end date needs to be read: each length is scanned in order from its own bounds on
// an index of (sortDate, type, key), which gives its first $limit events without sorting the rest (and the three
// values, which the final order then takes from each branch instead of reading them again). Years are also
// checked against the period (an old graph's halves sort within the year's bounds without overlapping). No date
// is longer than a year (ArticleFacts.span gives every dated event one of these five labels), and an event has one
// of them: the branches never meet, so UNION ALL (no hashing of 500 rows to drop duplicates).
CALL () {
  MATCH (event:DaySpan)
  WHERE event.sortDate >= $periodFrom AND event.sortDate <= $periodTo AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND ($types IS NULL OR event.type IN $types)
  RETURN event, event.sortDate AS sortDate, event.type AS type, event.key AS key
  ORDER BY sortDate, type, key
  LIMIT $limit
  UNION ALL
  MATCH (event:MonthSpan)
  WHERE event.sortDate >= $fromMonth AND event.sortDate <= $toMonth AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND ($types IS NULL OR event.type IN $types)
  RETURN event, event.sortDate AS sortDate, event.type AS type, event.key AS key
  ORDER BY sortDate, type, key
  LIMIT $limit
  UNION ALL
  MATCH (event:QuarterSpan)
  WHERE event.sortDate >= $fromQuarter AND event.sortDate <= $toQuarter AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND ($types IS NULL OR event.type IN $types)
  RETURN event, event.sortDate AS sortDate, event.type AS type, event.key AS key
  ORDER BY sortDate, type, key
  LIMIT $limit
  UNION ALL
  MATCH (event:HalfSpan)
  WHERE event.sortDate >= $fromHalf AND event.sortDate <= $toHalf AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND ($types IS NULL OR event.type IN $types)
  RETURN event, event.sortDate AS sortDate, event.type AS type, event.key AS key
  ORDER BY sortDate, type, key
  LIMIT $limit
  UNION ALL
  MATCH (event:YearSpan)
  WHERE event.sortDate >= $fromYear AND event.sortDate <= $toYear AND event.type IS NOT NULL AND event.key IS NOT NULL
    AND event.endDate >= $periodFrom AND event.startDate <= $periodTo
    AND ($types IS NULL OR event.type IN $types)
  RETURN event, event.sortDate AS sortDate, event.type AS type, event.key AS key
  ORDER BY sortDate, type, key
  LIMIT $limit
}
WITH event, sortDate, type, key
ORDER BY sortDate, type, key
LIMIT $limit
CALL (event) {
  MATCH (event)-[involves:INVOLVES]->(participant:Entity)
  WITH participant, involves
  ORDER BY involves.role, participant.name
  // lists, not maps: no key names to send with each of some 200 participants (TimelineQuery reads them by position)
  RETURN collect([participant.key, participant.name, participant.type, involves.role]) AS participants
}
CALL (event) {
  MATCH (event)-[report:REPORTED_IN]->(article:Article)
  WITH article, report
  ORDER BY report.confidence DESC, article.published, article.id
  RETURN collect([article.id, article.title, article.lang, article.published, article.url, report.sentence,
                  report.confidence]) AS reports
}
RETURN key, event.date AS date, event.precision AS precision, event.mod AS mod,
       type, participants, reports
ORDER BY sortDate, type, key
