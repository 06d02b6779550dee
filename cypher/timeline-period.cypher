// Events whose period overlaps [$from, $to] (either may be null), optionally only those of some types, in date
// order: the keys of the first $limit (timeline-events.cypher gives their details).
// Dates are calendar periods of at most a year that never cross a new year, so an event overlapping the period
// starts, and sorts, no earlier than $since: the first of January of $from's year (the Java side computes it).
// That lets the sort-date index give the events in order from there.
MATCH (event:Event)
WHERE event.sortDate >= $since
  AND ($from IS NULL OR event.endDate >= $from)
  AND ($to IS NULL OR event.startDate <= $to)
  AND ($types IS NULL OR event.type IN $types)
WITH event
ORDER BY event.sortDate, event.type, event.key
LIMIT $limit
RETURN event.key AS key
