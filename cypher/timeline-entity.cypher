// The events of one entity in date order (undated last), optionally only those of some types or whose period
// overlaps [$from, $to]: the keys of the first $limit (timeline-events.cypher gives their details).
MATCH (:Entity {key: $entity})<-[:INVOLVES]-(event:Event)
WHERE ($types IS NULL OR event.type IN $types)
  AND ($from IS NULL OR event.endDate >= $from)
  AND ($to IS NULL OR event.startDate <= $to)
WITH event
ORDER BY event.sortDate IS NULL, event.sortDate, event.type, event.key
LIMIT $limit
RETURN event.key AS key
